"""The config file: defaults, the contract keys, and one clear line per mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_and_no_default_gives_builtin_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config == Config()
    assert config.storage.database == Path("biasbot.sqlite3")
    assert config.seeds.path == Path("seeds")


def test_default_config_toml_in_working_folder_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, '[storage]\ndatabase = "x.db"\n')
    monkeypatch.chdir(tmp_path)
    assert load_config(None).storage.database == Path("x.db")


def test_contract_keys_are_read(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """
[storage]
database = "biasbot.sqlite3"
[seeds]
path = "seeds"
[[feeds]]
url = "https://example.org/feed.xml"
[[feeds]]
url = "http://127.0.0.1:8000/feed.xml"
name = "local"
interval = 60
[discord]
api_base = "http://127.0.0.1:8080/api/v10"
gateway_url = "ws://127.0.0.1:8080/"
"""))
    assert [f.url for f in config.feeds] == ["https://example.org/feed.xml", "http://127.0.0.1:8000/feed.xml"]
    assert config.feed_interval(config.feeds[0]) == config.polling.interval
    assert config.feed_interval(config.feeds[1]) == 60
    assert config.discord.api_base == "http://127.0.0.1:8080/api/v10"
    assert config.discord.gateway_url == "ws://127.0.0.1:8080/"


def test_example_config_is_valid_and_equals_defaults() -> None:
    example = Path(__file__).resolve().parents[1] / "config.example.toml"
    config = load_config(example)
    assert config == Config(source_path=example)


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("[storage]\ndatabse = 'x'\n", "storage.databse", "unknown key"),
        ("bogus = 1\n", "bogus", "unknown key"),
        ("[http]\ntimeout = 'fast'\n", "http.timeout", "must be a number"),
        ("[http]\ntimeout = -1\n", "http.timeout", "must be at least"),
        ("[polling]\ninterval = 1.5\n", "polling.interval", "must be an integer"),
        ("[seeds]\nmax_file_bytes = true\n", "seeds.max_file_bytes", "must be an integer"),
        ("[[feeds]]\nname = 'x'\n", "feeds[0].url", "is required"),
        ("[[feeds]]\nurl = 'ftp://x/feed'\n", "feeds[0].url", "http(s) URL"),
        ("[[feeds]]\nurl = 'https://a/f'\n[[feeds]]\nurl = 'https://a/f'\n", "feeds[1].url", "duplicate"),
        ("feeds = 'https://a/f'\n", "feeds", "array of tables"),
        ("[discord]\ngateway_url = 'http://x/'\n", "discord.gateway_url", "ws(s) URL"),
        ("log_level = 'LOUD'\n", "log_level", "must be one of"),
        ("storage = 3\n", "storage", "must be a table"),
        ("[http]\ntimeout = nan\n", "http.timeout", "finite"),
        ("[http]\nuser_agent = \"a\\nb\"\n", "http.user_agent", "control characters"),
        ("[polling]\ninterval = 99999999999\n", "polling.interval", "must be at most"),
    ],
)
def test_each_mistake_names_its_key(tmp_path: Path, text: str, key: str, problem: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    assert info.value.key == key
    assert problem in info.value.problem


def test_invalid_toml_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, "[storage\n"))
    assert "invalid TOML" in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_token_comes_only_from_the_named_environment_variable(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[discord]\ntoken_env = "MY_TOKEN"\n'))
    assert config.discord_token({"MY_TOKEN": " abc "}) == "abc"
    assert config.discord_token({"DISCORD_TOKEN": "abc"}) is None
    assert "abc" not in repr(config)


def test_a_config_path_that_is_not_a_file_is_refused_without_reading(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(tmp_path)
