"""Paths named on the command line that are no regular file: each is a per-file error and exit code 1, never a
silent success (the reliability probe of the twenty-seventh stop: `storywatch extract` on a FIFO or /dev/zero gave
exit 0, `documents: []` and nothing on stderr). A file saved with two byte order marks keeps none in its title.
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from extract.textio import load
from tui.cli import main

GOOD = "Jane Smith, the mayor, said the council would spend $1,200 on the park.\n"


def run(capsys, *paths: Path) -> tuple[int, dict, str]:
    code = main(["extract", *map(str, paths), "--json"])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_on_the_command_line_is_a_per_file_error(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, data, err = run(capsys, good, fifo)
    assert code == 1
    errors = {Path(d["path"]).name: d["error"] for d in data["documents"]}
    assert errors["good.txt"] is None
    assert "not a regular file" in errors["pipe.txt"]
    assert "pipe.txt" in err and "not a regular file" in err
    assert any(a["name"] == "Jane Smith" for a in data["actors"])


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_named_on_the_command_line_is_a_per_file_error(capsys):
    code, data, err = run(capsys, Path("/dev/zero"))
    assert code == 1
    assert [d["path"] for d in data["documents"]] == ["/dev/zero"]
    assert "not a regular file" in data["documents"][0]["error"]
    assert "/dev/zero" in err


def test_a_title_keeps_no_byte_order_mark(tmp_path):
    path = tmp_path / "twice.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "\ufeffThe president said hello.\n".encode("utf-16-le"))
    assert load(path).info.title == "The president said hello."
