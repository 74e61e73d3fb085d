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
