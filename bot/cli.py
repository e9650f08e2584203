"""The command line and composition root: parse arguments, load config, build services, run a command.

Exit statuses are part of the contract: 0 success, 1 a source or lookup failed, 2 bad usage or config.
The Discord client is imported only when a token is present, so local mode and every other command work
without ever touching ``discord``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot import __version__
from bot.config import Config, ConfigError, load_config
from bot.store import StoreError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_MAX_LIMIT = 2**62
_MAX_NAME = 100
_MAX_SHOWN = 160  # characters of a user-supplied argument repeated back in an error line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="biasbot", description="K-pop interaction alerts: ingest stories, classify them, post alerts."
    )
    parser.add_argument("--config", type=Path, metavar="PATH",
                        help="config file (default: ./config.toml when present, else built-in defaults)")
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                        help="override the config's log level")
    parser.add_argument("--version", action="version", version=f"biasbot {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="ingest story files, folders and feed URLs once")
    p.add_argument("sources", nargs="+", metavar="PATH_OR_URL")

    p = sub.add_parser("stories", help="list stored stories, newest first")
    p.add_argument("--limit", type=_positive_int, default=20, metavar="N")
    p.add_argument("--json", action="store_true", help="JSON Lines output")

    sub.add_parser("run", help="run the bot (local mode without DISCORD_TOKEN)")

    p = sub.add_parser("classify", help="classify story files without storing them")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help="JSON Lines output")

    p = sub.add_parser("eval", help="measure the classifier against labelled story files")
    p.add_argument("directories", type=Path, nargs="+", metavar="DIR",
                   help="folder(s) of story files with labels/*.json; several are pooled")
    p.add_argument("--verbose", action="store_true", help="list every miss and false hit per file")

    sub.add_parser("reclassify", help="re-run the classifier over every stored story")

    p = sub.add_parser("interactions", help="interactions of an artist, newest first")
    p.add_argument("artist", type=_artist_name)
    p.add_argument("--with", dest="with_", type=_artist_name, metavar="OTHER")
    p.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    p.add_argument("--json", action="store_true", help="JSON Lines output")

    sub.add_parser("sync-commands", help="push the slash-command tree to Discord now")
    return parser


def _artist_name(text: str) -> str:
    """An artist as typed: refused early when it cannot be a name, so the error does not echo 100 KB back."""
    text = text.strip()
    if not text:
        raise argparse.ArgumentTypeError("an artist name is needed, got an empty string")
    if len(text) > _MAX_NAME:
        raise argparse.ArgumentTypeError(f"an artist name is at most {_MAX_NAME} characters, got {len(text)}")
    if any(ch < " " or ch == "\x7f" for ch in text):
        raise argparse.ArgumentTypeError("an artist name cannot contain control characters")
    return text


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    # More than SQLite can count means "all of them"; the exact number would only overflow the query.
    return min(value, _MAX_LIMIT)


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"biasbot: config error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    problem = None if args.command in ("classify", "eval") else _database_problem(config.storage.database)
    if problem is not None:
        print(f"biasbot: config error: storage.database: {problem}", file=sys.stderr)
        return EXIT_USAGE
    _setup_logging(args.log_level or config.log_level)
    try:
        return asyncio.run(_dispatch(args, config))
    except StoreError as exc:
        print(f"biasbot: storage error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `biasbot classify seeds --json | head -1`: the reader left, which is not an error worth a traceback.
        # Point stdout at /dev/null so the interpreter's final flush cannot raise again.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


def _tolerant_streams() -> None:
    """Never die printing: a file name that is not UTF-8, or Hangul on an ASCII-only terminal, is escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _database_problem(path: Path) -> str | None:
    """A database path that cannot work whatever is in it: said as a config problem, before opening it."""
    folder = path.parent
    if not folder.is_dir():
        return f"folder {_shown(str(folder))} does not exist" if not folder.exists() else \
            f"{_shown(str(folder))} is not a folder"
    if path.is_dir():
        return f"{_shown(str(path))} is a folder, not a database file"
    return None


def _shown(text: str) -> str:
    """A user-supplied string, made short enough to repeat in a one-line message."""
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _setup_logging(level: str) -> None:
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", datefmt="%H:%M:%S")
    # Third-party chatter at INFO drowns the terminal alerts.
    for noisy in ("apscheduler", "discord", "watchfiles", "aiosqlite"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))


async def _dispatch(args: argparse.Namespace, config: Config) -> int:
    command: str = args.command
    if command == "classify":
        from bot.evaluate import main_classify

        return main_classify(args.paths, as_json=args.json, out=sys.stdout)
    if command == "eval":
        from bot.evaluate import main_eval

        return main_eval(args.directories, verbose=args.verbose, out=sys.stdout)

    from bot.services import open_services

    services = await open_services(config)
    try:
        if command == "ingest":
            return await _ingest(services, args.sources, sys.stdout)
        if command == "stories":
            return await _stories(services, limit=args.limit, as_json=args.json, out=sys.stdout)
        if command == "reclassify":
            count = await services.ingestor.reclassify()
            print(f"reclassified {count} stories")
            return EXIT_OK
        if command == "interactions":
            return await _interactions(services, args.artist, args.with_, limit=args.limit, as_json=args.json,
                                       out=sys.stdout)
        if command == "run":
            token = config.discord_token()
            if token is None:
                from bot.local import run_local

                return await run_local(services, sys.stdout)
            from cogs.client import run_discord

            return await run_discord(services, token)
        if command == "sync-commands":
            token = config.discord_token()
            if token is None:
                print(f"biasbot: sync-commands needs a Discord token in ${config.discord.token_env}",
                      file=sys.stderr)
                return EXIT_USAGE
            from cogs.client import sync_commands

            return await sync_commands(services, token)
    finally:
        await services.aclose()
    raise AssertionError(f"unhandled command {command}")


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


async def _ingest(services: Any, sources: Sequence[str], out: TextIO) -> int:
    # This command reports each failed source and skipped file itself; the pipeline's own warning lines
    # would say the same thing twice.
    for name in ("bot.feeds", "bot.ingest"):
        logging.getLogger(name).setLevel(logging.ERROR)
    failed = 0
    for source in sources:
        if not source.strip():
            failed += 1
            print(f"biasbot: {source!r}: empty path", file=sys.stderr)
            continue
        if "://" in source and not _is_url(source):
            failed += 1
            print(f"biasbot: {_shown(source)}: unsupported URL (need http:// or https://)", file=sys.stderr)
            continue
        if _is_url(source):
            report = await services.ingestor.poll_feed(source)
        else:
            path = Path(source)
            report = await services.ingestor.ingest_path(path)
            if report.error is None and report.skipped and not report.new + report.updated + report.unchanged \
                    and await asyncio.to_thread(_is_not_folder, path):
                # One named file that could not be read is a failed source, not a successful one.
                report.error = report.skipped[0].split(": ", 1)[-1]
        if report.error is not None:
            failed += 1
            print(f"biasbot: {_shown(report.source)}: {report.error}", file=sys.stderr)
        else:
            print(report.line(), file=out)
            for skipped in report.skipped:
                print(f"  skipped {skipped}", file=out)
    return EXIT_FAILED if failed else EXIT_OK


def _is_not_folder(path: Path) -> bool:
    try:
        return not path.is_dir()
    except OSError:
        return True


async def _stories(services: Any, *, limit: int, as_json: bool, out: TextIO) -> int:
    stories = await services.store.list_stories(limit=limit, include_classification=True)
    for story in stories:
        published = story.published.date().isoformat() if story.published else None
        if as_json:
            record: dict[str, Any] = {
                "id": story.id, "source": story.source, "url": story.url, "title": story.title,
                "published": published, "group": story.group_id, "first_seen": story.first_seen.isoformat(),
                "backlog": story.backlog,
            }
            if story.classification is not None:
                record["artists"] = [a.id for a in story.classification.artists]
                record["summary"] = story.classification.summary
            print(json.dumps(record, ensure_ascii=False), file=out)
        else:
            print(f"{story.id:>5}  {published or '----------'}  {_short(story.title, 70):<70}  "
                  f"group {story.group_id}", file=out)
    if not stories and not as_json:
        print("no stories stored yet: try `biasbot ingest seeds`", file=out)
    return EXIT_OK


async def _interactions(services: Any, artist: str, other: str | None, *, limit: int, as_json: bool,
                        out: TextIO) -> int:
    from bot.lookup import ArtistLookup, UnknownArtistError

    lookup = ArtistLookup(services.roster, services.store)
    try:
        target = await lookup.resolve(artist)
        partner = await lookup.resolve(other) if other else None
    except UnknownArtistError as exc:
        print(f"biasbot: {exc}", file=sys.stderr)
        return EXIT_FAILED
    rows = await services.store.interactions_for(
        lookup.expand(target.id), with_ids=lookup.expand(partner.id) if partner else None, limit=limit
    )
    for row in rows:
        if as_json:
            print(json.dumps({
                "date": row.occurred.date().isoformat(), "a": row.a.id, "b": row.b.id,
                "a_name": row.a.name, "b_name": row.b.name, "types": list(row.types), "platform": row.platform,
                "headline": row.headline, "evidence": row.evidence, "story_id": row.story_id,
                "title": row.story_title, "url": row.story_url,
            }, ensure_ascii=False), file=out)
        else:
            mine = set(lookup.expand(target.id))
            other_side = row.b if row.a.id in mine else row.a
            print(f"{row.occurred.date().isoformat()}  {_short(other_side.name, 20):<20}  "
                  f"{_short(', '.join(row.types), 36):<36}  {row.platform:<10}  {_short(row.evidence, 80)}", file=out)
            if row.story_url:
                print(f"{'':12}{row.story_url}", file=out)
    if not rows and not as_json:
        who = target.name + (f" and {partner.name}" if partner else "")
        print(f"No interactions recorded for {who} yet.", file=out)
    return EXIT_OK


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
