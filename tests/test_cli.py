"""The command line as checks call it: real processes, real files, a real feed server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.feedserver import FeedServer

REPO = Path(__file__).resolve().parents[1]
RSS = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title><link>https://n.example/</link>"
       b"<item><guid>g1</guid><title>IVE announce a world tour</title><link>https://n.example/1</link>"
       b"<description>The group IVE will tour twenty cities next spring.</description></item>"
       b"</channel></rss>")


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


async def biasbot(cwd: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Result:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env=_env(env),
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode is not None
    return Result(proc.returncode, out.decode(), err.decode())


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["PYTHONPATH"] = str(REPO)
    env.update(extra or {})
    return env


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


async def test_ingest_seeds_then_stories_json_lists_the_three_seed_stories(workdir: Path) -> None:
    ingest = await biasbot(workdir, "ingest", "seeds")
    assert ingest.code == 0, ingest.err
    assert "3 new, 0 updated, 0 unchanged" in ingest.out
    listing = await biasbot(workdir, "stories", "--json")
    assert listing.code == 0, listing.err
    records = [json.loads(line) for line in listing.out.splitlines()]
    assert sorted((r["published"] or "") for r in records) == ["", "2023-07-27", "2023-09-18"]
    for record in records:
        assert {"id", "source", "url", "title", "published", "group"} <= record.keys()


async def test_ingesting_a_feed_twice_sends_a_conditional_request_and_adds_nothing(
    workdir: Path, feed_server: FeedServer
) -> None:
    url = feed_server.route("/feed.xml", body=RSS, etag='"abc"')
    first = await biasbot(workdir, "ingest", url)
    second = await biasbot(workdir, "ingest", url)
    assert (first.code, second.code) == (0, 0)
    assert "1 new" in first.out
    assert "0 new, 0 updated, 0 unchanged (not modified)" in second.out
    assert feed_server.requests_for("/feed.xml")[-1].headers.get("If-None-Match") == '"abc"'


async def test_a_failing_source_exits_1_with_one_line_naming_it(workdir: Path, feed_server: FeedServer) -> None:
    bad = feed_server.route("/gone.xml", status=404)
    result = await biasbot(workdir, "ingest", "seeds", bad)
    assert result.code == 1
    assert "3 new" in result.out
    lines = result.err.strip().splitlines()
    assert lines[-1].startswith(f"biasbot: {bad}: ") and "404" in lines[-1]


async def test_a_missing_path_is_a_failed_source(workdir: Path) -> None:
    result = await biasbot(workdir, "ingest", "nope")
    assert result.code == 1 and "nope: no such file or folder" in result.err


async def test_a_bad_config_value_exits_2_with_one_line_naming_the_key(workdir: Path) -> None:
    (workdir / "config.toml").write_text("[http]\ntimeout = 'soon'\n", encoding="utf-8")
    result = await biasbot(workdir, "stories")
    assert result.code == 2
    assert result.err.strip() == "biasbot: config error: http.timeout: must be a number, got a string"


async def test_interactions_lists_stored_pairs_newest_first(workdir: Path) -> None:
    await biasbot(workdir, "ingest", "seeds")
    result = await biasbot(workdir, "interactions", "jungkook", "--json")
    assert result.code == 0, result.err
    partners = {json.loads(line)["b_name"] for line in result.out.splitlines()} | {
        json.loads(line)["a_name"] for line in result.out.splitlines()}
    assert {"Jennie", "KN", "Heon Seo"} <= partners


async def test_interactions_with_an_unknown_artist_suggests_a_name(workdir: Path) -> None:
    result = await biasbot(workdir, "interactions", "jungkok")
    assert result.code == 1
    assert "Unknown artist 'jungkok'" in result.err and "Jungkook" in result.err


async def test_run_without_token_shows_backlog_and_prints_a_dropped_file_quickly(workdir: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=workdir, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env=_env(),
    )
    assert proc.stdout is not None
    seen: list[str] = []

    async def read_until(marker: str, timeout: float) -> None:
        assert proc.stdout is not None
        async with asyncio.timeout(timeout):
            while True:
                line = (await proc.stdout.readline()).decode()
                if not line:
                    raise AssertionError("biasbot exited early:\n" + "".join(seen))
                seen.append(line)
                if marker in line:
                    return

    try:
        await read_until("Watching", 60)
        text = "".join(seen)
        assert "local mode" in text and "3 new" in text and "[STORED]" in text
        (workdir / "seeds" / "new_story.txt").write_text(
            "title: IVE's Wonyoung and LE SSERAFIM's Chaewon film a dance challenge together\n\n"
            "IVE's Wonyoung and LE SSERAFIM's Chaewon did a dance challenge together on TikTok.\n",
            encoding="utf-8")
        loop = asyncio.get_running_loop()
        started = loop.time()
        await read_until("[NEW]", 10)
        assert loop.time() - started < 2.5
    finally:
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 20)
    assert code == 0


async def test_eval_on_the_seed_stories_prints_every_metric(workdir: Path) -> None:
    labelled = workdir / "labelled"
    shutil.copytree(workdir / "seeds", labelled)
    shutil.copytree(REPO / "tests" / "data" / "seeds_labels", labelled / "labels")
    result = await biasbot(workdir, "eval", str(labelled))
    assert result.code == 0, result.err
    for metric in ("artists", "pairs", "headline pairs", "type accuracy", "interaction_story accuracy"):
        assert metric in result.out
    artists = next(line for line in result.out.splitlines() if line.startswith("artists"))
    assert float(artists.split("F1")[1].split()[0]) >= 0.95


async def test_eval_on_a_folder_without_labels_fails_instead_of_scoring_nothing(workdir: Path) -> None:
    result = await biasbot(workdir, "eval", "seeds", "missing")
    assert result.code == 1
    assert "seeds: no labels/*.json in it" in result.err and "missing: no such folder" in result.err


async def test_classify_json_has_the_contract_fields(workdir: Path) -> None:
    result = await biasbot(workdir, "classify", "seeds", "--json")
    assert result.code == 0, result.err
    records = [json.loads(line) for line in result.out.splitlines()]
    assert len(records) == 3
    for record in records:
        assert {"path", "title", "published", "url", "artists", "interactions", "interaction_story",
                "summary"} <= record.keys()
        ids = {a["id"] for a in record["artists"]}
        for artist in record["artists"]:
            assert {"id", "name", "kind", "groups"} <= artist.keys()
        for pair in record["interactions"]:
            assert {"a", "b", "types", "platform", "headline", "evidence"} <= pair.keys()
            assert {pair["a"], pair["b"]} <= ids


async def test_reclassify_rewrites_every_stored_story(workdir: Path) -> None:
    await biasbot(workdir, "ingest", "seeds")
    result = await biasbot(workdir, "reclassify")
    assert result.code == 0 and "reclassified 3 stories" in result.out


def test_classify_into_a_closed_pipe_exits_quietly(workdir: Path) -> None:
    """`biasbot classify many --json | head -c 10` must not end in a BrokenPipeError traceback."""
    many = workdir / "many"
    many.mkdir()
    for n in range(40):  # far more output than a pipe buffer holds, so the write really hits the closed pipe
        for seed in sorted((workdir / "seeds").glob("*.txt")):
            shutil.copy(seed, many / f"{n:03d}_{seed.name}")
    exe = Path(sys.executable).with_name("biasbot")
    pipeline = f"'{exe}' classify many --json | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", pipeline], cwd=workdir, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
