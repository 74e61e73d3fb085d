"""The benchmark's Markdown table (bench/report.py): what the engine-upgrade rows claim."""

from __future__ import annotations

from bench.report import markdown

UPGRADE = {
    "documents": 1000,
    "ready_s": 111.0,
    "edit_s": [0.05],
    "edit_p95_after_debounce": 0.059,
    "new_beyond_parse_p95": 0.3,
    "worst_stall_s": {"start": 0.04, "edits": 0.03},
    "peak_rss_mb_ready": 372.0,
    "peak_rss_mb_edits": 372.0,
    "peak_rss_mb_new_articles": 393.0,
    "workers_peak_rss_mb": 337.0,
    "workers_peak_rss_mb_each": [331.0, 337.0],
}


def result(upgrade: dict) -> dict:
    return {"machine": {"cpus": 2, "load_avg_start": [0.5]}, "upgrade": upgrade}


def rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if "engine upgrade" in line and "Peak RSS" in line]


def test_the_upgrade_rows_show_the_worker_processes_and_when_they_lived():
    alive = {"startup-index": "yes", "edits": "no", "new-articles": "no"}
    found = rows(markdown(result({**UPGRADE, "pool_alive": alive})))
    assert len(found) == 2
    app, workers = found
    assert "re-read: yes; edits: no; new articles: no" in app
    assert "<= 400 MB once no worker is alive | yes" in app
    assert "2 worker processes" in workers and "331, 337 MB" in workers
    assert "at most 1040 MB" in workers  # 372 + 331 + 337: no target claimed for it
    assert workers.rstrip(" |").endswith("upper bound)")


def test_no_memory_target_is_claimed_while_the_workers_live_in_every_phase():
    alive = {"startup-index": "yes", "edits": "yes", "new-articles": "part of it"}
    app = rows(markdown(result({**UPGRADE, "pool_alive": alive})))[0]
    assert "<= 400" not in app and "yes |" not in app.split("(worker processes alive")[1].split(")", 1)[1]
