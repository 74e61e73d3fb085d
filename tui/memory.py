"""Process-wide memory settings for the long-running app."""

from __future__ import annotations

import ctypes
import os
import sys

MALLOC_ARENAS = 2
"""C heaps (glibc malloc arenas) the app's threads share. glibc gives threads that allocate at once heaps of their
own, up to 8 per core: the app's worker threads (extraction, reading ahead, panel rows) each grew one, and memory
freed in one heap is not reused by another. In the 1,000-file story with 8 new 2,000-word articles (app under
Pilot, one run each): peak 382.7 -> 375.6 MB when ready, 417.7 -> 400.1 MB after the articles. The threads take
turns on the interpreter anyway, so they seldom wait for a heap."""

_M_ARENA_MAX = -8
"""glibc's mallopt parameter number for the arena limit (malloc.h)."""


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Limit the C heaps of this process to ``arenas`` (glibc only; call before the threads start allocating): True
    when set. An explicit MALLOC_ARENA_MAX in the environment is the user's choice and is left as it is."""
    if not sys.platform.startswith("linux") or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(_M_ARENA_MAX, arenas) == 1


def release_free_memory() -> bool:
    """Give the C heaps' free pages back to the system (glibc's ``malloc_trim(0)``); True when glibc did it.

    glibc returns freed memory to the system only from the top of a heap: the parse of a new article (spaCy's
    arrays, 10-20 MB for a batch of paragraphs) and the rebuilt story leave free pages below what stays alive, so
    the resident size crept up with every article (about 2 MB each in the 1,000-file story) and each parse's
    transient came on top of that. The app calls this once an update is painted (``_tidy``): a few ms (0.4-9 ms
    measured), with the interpreter released (ctypes drops it for the call)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return False
    trim.argtypes = (ctypes.c_size_t,)
    trim.restype = ctypes.c_int
    trim(0)
    return True
