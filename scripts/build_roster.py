#!/usr/bin/env python3
"""Build ``bot/data/roster.json`` from the shared roster data plus ``bot/data/overrides.toml``.

Why a build step: the shared files disagree on spelling, encoding and membership, and none has the nicknames,
epithets or 2023+ debuts fans talk about. This script merges them once, deterministically (same inputs give a
byte-identical file), so the bot only loads one small JSON at start.

Usage: ``python scripts/build_roster.py [SHARED_ROSTER_DIR] [--out PATH]``; the default source dir is
``../shared/data/roster`` relative to the repository root.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger("build_roster")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = REPO.parent / "shared" / "data" / "roster"
DEFAULT_OUT = REPO / "bot" / "data" / "roster.json"
OVERRIDES = REPO / "bot" / "data" / "overrides.toml"

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SPLIT = re.compile(r"\s*[,/]\s*")


def fold(s: str) -> str:
    """Lower-case, accent-free, alphanumerics only: the key two spellings of one name share."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.casefold() if c.isalnum())


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("&", " and "))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if not s:  # only non-Latin script: keep it readable but ASCII
        s = "u" + "-".join(f"{ord(c):x}" for c in s or "x")
    return s


# ---------------------------------------------------------------- Korean romanization helpers
_ONSET = r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhcfyw])?"
_VOWEL = r"(?:[wy]?(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u))"
_CODA = r"(?:ng|n|k|l|m|p|t)?"
_SYL = re.compile(rf"^{_ONSET}{_VOWEL}{_CODA}$")
_STARTS_CONS = re.compile(r"^[bcdghjklmnprstwy]")


def split_given(given: str) -> str | None:
    """Split a two-syllable romanized Korean given name ("Taehyung" -> "Tae-hyung"), or None if unsure."""
    g = given.lower()
    if not g.isalpha() or len(g) < 4 or len(g) > 10:
        return None
    options = [i for i in range(1, len(g)) if _SYL.match(g[:i]) and _SYL.match(g[i:]) and _STARTS_CONS.match(g[i:])]
    if len(options) != 1:
        return None
    i = options[0]
    return given[:i] + "-" + given[i:].lower()


def name_variants(full: str, korean_order: bool) -> list[str]:
    """Hyphen/space variants of a full name: Kim Taehyung, Kim Tae-hyung (tagger folds '-' to a space)."""
    out = [full]
    parts = full.split()
    if korean_order and len(parts) == 2:
        fam, given = parts
        if "-" in given:
            out.append(f"{fam} {given.replace('-', '')}")
            a, b = given.split("-", 1)
            out.append(f"{fam} {a}{b.lower()}")
        else:
            sp = split_given(given)
            if sp:
                out.append(f"{fam} {sp}")
    elif korean_order and len(parts) == 3 and len(parts[0]) <= 4:
        out.append(f"{parts[0]} {parts[1]}{parts[2].lower()}")
        out.append(f"{parts[0]} {parts[1]}-{parts[2].lower()}")
    return out


# ---------------------------------------------------------------- model
@dataclass
class Rec:
    kind: str  # group | member | soloist | person
    name: str
    aliases: list[str] = field(default_factory=list)
    full_name: str = ""
    korean_order: bool = True
    hangul: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # group keys (fold of group name)
    former_groups: list[str] = field(default_factory=list)
    fandom: str | None = None
    prominence: float = 0.0
    epithets: list[str] = field(default_factory=list)
    ambiguous: bool | None = None
    sources: set[str] = field(default_factory=set)
    dob: str = ""
    gender: str = ""
    id: str = ""
    parent: str | None = None  # for sub-units: parent group key
    forced_id: str | None = None

    def add_alias(self, *names: str | None) -> None:
        for n in names:
            if not n:
                continue
            n = n.strip().rstrip("†").strip()
            if not n:
                continue
            if _HANGUL.search(n):
                if n not in self.hangul:
                    self.hangul.append(n)
            elif n != self.name and n not in self.aliases:
                self.aliases.append(n)


class Build:
    def __init__(self) -> None:
        self.groups: dict[str, Rec] = {}  # key -> group
        self.group_alias: dict[str, str] = {}  # fold(alias) -> key
        self.people: list[Rec] = []
        self.by_stage_group: dict[tuple[str, str], Rec] = {}
        self.by_stage_full: dict[tuple[str, str], Rec] = {}
        self.by_hangul_dob: dict[tuple[str, str], Rec] = {}
        self.by_stage_dob: dict[tuple[str, str], Rec] = {}

    # groups ---------------------------------------------------------
    def group(self, name: str, create: bool = True, src: str = "") -> str | None:
        name = name.strip()
        if not name:
            return None
        k = self.group_alias.get(fold(name))
        if k is None:
            if not create:
                return None
            k = fold(name)
            self.groups[k] = Rec(kind="group", name=name)
            self.group_alias[k] = k
        if src:
            self.groups[k].sources.add(src)
        return k

    def group_add_alias(self, key: str, *aliases: str | None) -> None:
        g = self.groups[key]
        for a in aliases:
            if not a or not a.strip():
                continue
            a = a.strip()
            g.add_alias(a)
            f = fold(a)
            if f and f not in self.group_alias:
                self.group_alias[f] = key

    # people ---------------------------------------------------------
    def person(self, stage: str, full: str, group: str | None, kind: str, src: str,
               hangul_full: str = "", dob: str = "", other_groups: tuple[str, ...] = ()) -> Rec:
        stage = stage.strip().rstrip("†").strip()
        full = full.strip()
        sk, fk = fold(stage), fold(full)
        dob = iso_date(dob)
        def same(r: Rec | None) -> Rec | None:
            # two idols may share stage and legal name (BTOB's and MONSTA X's Lee Minhyuk): birthdays differ
            return r if r is not None and not (dob and r.dob and r.dob != dob) else None

        rec = None
        if fk:
            rec = same(self.by_stage_full.get((sk, fk)))
        for g in (group, *other_groups):
            if rec is None and g:
                rec = self.by_stage_group.get((sk, g))  # same stage name in the same group: one person
        if rec is None and hangul_full and dob:
            rec = self.by_hangul_dob.get((hangul_full, dob))
        if rec is None and dob:
            rec = self.by_stage_dob.get((sk, dob))
        if rec is None:
            rec = Rec(kind=kind, name=stage, full_name=full)
            self.people.append(rec)
        if full and not rec.full_name:
            rec.full_name = full
        if fk:
            self.by_stage_full[(sk, fk)] = rec
        if dob:
            rec.dob = rec.dob or dob
            self.by_stage_dob.setdefault((sk, dob), rec)
            if hangul_full:
                self.by_hangul_dob.setdefault((hangul_full, dob), rec)
        if group:
            self.by_stage_group[(sk, group)] = rec
            if group not in rec.groups and group not in rec.former_groups:
                rec.groups.append(group)
            if rec.kind in ("soloist", "person"):
                rec.kind = "member"
        for g in other_groups:
            self.by_stage_group.setdefault((sk, g), rec)
        rec.sources.add(src)
        return rec


def iso_date(s: str) -> str:
    s = (s or "").strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}"
    return s if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else ""


def load_sources(b: Build, src: Path) -> None:
    # Group tables first so idols' Group column resolves short names (SNSD -> Girls' Generation).
    for g in json.loads((src / "dbkpop_groups_2020.json").read_text(encoding="utf-8")):
        k = b.group(g["Name"], src="dbkpop_groups")
        assert k
        b.group_add_alias(k, g.get("ShortName"), g.get("KoreanName"))
        if g.get("FanbaseName"):
            b.groups[k].fandom = b.groups[k].fandom or g["FanbaseName"].strip()
    for fn in ("dbkpop_boy_groups_2021.csv", "dbkpop_girl_groups_2021.csv"):
        with (src / fn).open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                row = {k.strip(): (v or "").strip() for k, v in row.items()}
                k = b.group(row["Name"], src="dbkpop_groups_2021")
                assert k
                b.groups[k].gender = b.groups[k].gender or ("M" if fn.startswith("dbkpop_boy") else "F")
                b.group_add_alias(k, row.get("Short"), row.get("Korean Name"))
                if row.get("Fanclub Name") and not b.groups[k].fandom:
                    b.groups[k].fandom = row["Fanclub Name"]

    knet = json.loads((src / "kpopnet.json").read_text(encoding="utf-8"))
    kgroup: dict[str, str] = {}
    for g in knet["groups"]:  # (kpopnet is a girl-group database: its groups and idols are all women)
        k = b.group(g["name"], src="kpopnet")
        assert k
        kgroup[g["id"]] = k
        b.groups[k].gender = b.groups[k].gender or "F"
        aliases = _SPLIT.split(g["name_alias"]) if g.get("name_alias") else []
        b.group_add_alias(k, g.get("name_original"), *aliases)
    for g in knet["groups"]:
        if g.get("parent_id") and g["parent_id"] in kgroup:
            b.groups[kgroup[g["id"]]].parent = kgroup[g["parent_id"]]

    with (src / "dbkpop_idols_hangul_c2023.csv").open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            row = {k.strip(): (v or "").strip() for k, v in row.items()}
            gk = b.group(row["Group"], src="idols") if row["Group"] else None
            p = b.person(row["Stage Name"], row["Full Name"], gk, "soloist", "dbkpop_hangul",
                         hangul_full=row["Korean Name"], dob=row.get("Date of Birth", ""))
            p.add_alias(row["K. Stage Name"], row["Korean Name"])
            p.gender = p.gender or row.get("Gender", "")
            if row.get("Instagram"):
                p.sources.add("instagram")
    with (src / "dbkpop_idols_2023_no_hangul.csv").open(encoding="cp1252", newline="") as fh:
        for row in csv.DictReader(fh):
            row = {k.strip(): (v or "").strip() for k, v in row.items()}
            grp = row["Group"]
            if not grp or "%" in grp:
                grp = ""
            gk = b.group(grp, src="idols") if grp else None
            p = b.person(row["Stage Name"], row["Full Name"], gk, "soloist", "dbkpop_2023",
                         dob=row.get("Date of Birth", ""))
            p.gender = p.gender or row.get("Gender", "")
    for r in json.loads((src / "dbkpop_idols_2020.json").read_text(encoding="utf-8")):
        gk = b.group(r["Group"], src="idols") if r.get("Group") else None
        p = b.person(r["StageName"], r["FullName"], gk, "soloist", "dbkpop_2020",
                     hangul_full=r.get("KoreanName") or "", dob=r.get("DateOfBirth") or "")
        p.add_alias(r.get("KoreanStageName"), r.get("KoreanName"))
        for g2 in _SPLIT.split(r.get("2ndGroup") or ""):
            if g2:
                k2 = b.group(g2, src="idols")
                if k2 and k2 not in p.groups:
                    p.groups.append(k2)
    for i in knet["idols"]:
        cur = [kgroup[g] for g in i["groups"] if g in kgroup]
        par = [b.groups[g].parent for g in cur if b.groups[g].parent]
        p = b.person(i["name"], i.get("real_name") or "", cur[0] if cur else None, "soloist", "kpopnet",
                     hangul_full=i.get("real_name_original") or "", dob=i.get("birth_date") or "",
                     other_groups=(*cur[1:], *[x for x in par if x]))
        for g in cur[1:]:
            if g not in p.groups:
                p.groups.append(g)
        p.gender = p.gender or "F"
        aliases = _SPLIT.split(i["name_alias"]) if i.get("name_alias") else []
        p.add_alias(i.get("name_original"), i.get("real_name_original"), *aliases)
    # kpopnet membership with current flags (former members marked)
    idols_by_id = {i["id"]: i for i in knet["idols"]}
    for g in knet["groups"]:
        gk = kgroup[g["id"]]
        for m in g["members"]:
            i = idols_by_id.get(m["idol_id"])
            if not i:
                continue
            p = b.person(i["name"], i.get("real_name") or "", gk, "soloist", "kpopnet",
                         hangul_full=i.get("real_name_original") or "", dob=i.get("birth_date") or "")
            if not m.get("current", True) and gk in p.groups:
                p.groups.remove(gk)
                if gk not in p.former_groups:
                    p.former_groups.append(gk)
    for a in json.loads((src / "dbkpop_korean_actors_2020.json").read_text(encoding="utf-8")):
        stage = a.get("StageName") or a["FullName"]
        p = b.person(stage, a["FullName"], None, "person", "dbkpop_actors",
                     hangul_full=a.get("KoreanName") or "", dob=a.get("DateOfBirth") or "")
        p.add_alias(a.get("KoreanName"), a.get("KoreanStageName"), stage)
        if a.get("Gender") in ("M", "F"):
            p.gender = p.gender or a["Gender"]


# ---------------------------------------------------------------- overrides
def _member_spec(spec: str) -> tuple[str, str, list[str]]:
    parts = [x.strip() for x in spec.split("|")]
    stage = parts[0]
    full = parts[1] if len(parts) > 1 else ""
    return stage, full, [x for x in parts[2:] if x]


def _link_member(b: Build, stage: str, k: str, parent: str | None) -> str:
    """Point a member entry at the idol it means: "Baekhyun@EXO" in SuperM, or the parent group's member
    for a sub-unit; returns the bare stage name."""
    stage, _, home = stage.partition("@")
    sk = fold(stage)
    for g in (b.group_alias.get(fold(home)) if home else None, parent):
        twin = b.by_stage_group.get((sk, g)) if g else None
        if twin is not None:
            b.by_stage_group[(sk, k)] = twin
            break
    return stage


def apply_overrides(b: Build, ov: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Apply group and artist overrides; return the per-id artist overrides to apply after ids exist."""
    for gid, g in ov.get("group", {}).items():
        name = g.get("name", gid)
        k = b.group_alias.get(fold(name)) or b.group_alias.get(fold(gid))
        if k is None:
            k = b.group(name, src="overrides")
            assert k
        grec = b.groups[k]
        grec.sources.add("overrides")
        grec.name = name
        grec.forced_id = gid
        b.group_add_alias(k, *g.get("aliases", []))
        if "fandom" in g:
            grec.fandom = g["fandom"] or None
        if "prominence" in g:
            grec.prominence = float(g["prominence"])
        grec.epithets.extend(g.get("epithets", []))
        if "ambiguous" in g:
            grec.ambiguous = bool(g["ambiguous"])
        if g.get("parent"):
            grec.parent = b.group_alias.get(fold(g["parent"]))
        if g.get("replace_members"):
            for p in b.people:
                if k in p.groups:
                    p.groups.remove(k)
        for spec in g.get("members", []):
            stage, full, hangul = _member_spec(spec)
            stage = _link_member(b, stage, k, grec.parent)
            p = b.person(stage, full, k, "member", "overrides")
            if k in p.former_groups:
                p.former_groups.remove(k)
            if k not in p.groups:
                p.groups.append(k)
            p.add_alias(*hangul)
        for spec in g.get("former", []):
            stage, full, hangul = _member_spec(spec)
            stage = _link_member(b, stage, k, grec.parent)
            p = b.person(stage, full, k, "member", "overrides")
            if k in p.groups:
                p.groups.remove(k)
            if k not in p.former_groups:
                p.former_groups.append(k)
            p.add_alias(*hangul)
    artists = dict(ov.get("artist", {}))
    # [bulk]: one line per person, "Name | alias; alias | prominence" (kind from the list's key)
    for kind_key, kind in (("soloists", "soloist"), ("persons", "person"), ("western", "soloist"),
                           ("western_persons", "person")):
        for line in ov.get("bulk", {}).get(kind_key, []):
            parts = [x.strip() for x in line.split("|")]
            name = parts[0]
            aliases = [a.strip() for a in parts[1].split(";")] if len(parts) > 1 and parts[1] else []
            prom = float(parts[2]) if len(parts) > 2 and parts[2] else 35.0
            key = slugify(name)
            if key in artists:
                continue
            row: dict[str, Any] = {"name": name, "kind": kind, "aliases": aliases, "prominence": prom}
            if kind_key.startswith("western"):
                row["western_order"] = True
            elif "-" in name:
                head, _, tail = name.partition("-")
                row["aliases"] = [*aliases, f"{head}{tail}", f"{head} {tail[:1].upper()}{tail[1:]}"]
            artists[key] = row
    return artists


# ---------------------------------------------------------------- ids, prominence, output
def assign_ids(b: Build) -> None:
    used: set[str] = set()
    groups = sorted(b.groups.values(), key=lambda g: (g.forced_id is None, -len(g.sources), g.name))
    for g in groups:
        gid = g.forced_id or slugify(g.name)
        while gid in used:
            gid += "-group"
        g.id = gid
        used.add(gid)
    counts: dict[str, int] = defaultdict(int)
    for p in b.people:
        counts[slugify(p.name)] += 1
    for p in sorted(b.people, key=lambda p: (p.forced_id is None, p.name, p.full_name, p.groups)):
        base = slugify(p.name)
        pid = p.forced_id or base
        if not p.forced_id and (counts[base] > 1 or pid in used):
            qual = b.groups[p.groups[0]].id if p.groups else (
                b.groups[p.former_groups[0]].id if p.former_groups else slugify(p.full_name or "solo"))
            pid = f"{base}-{qual}" if qual != base else f"{base}-x"
        n = 2
        cand = pid
        while cand in used:
            cand = f"{pid}-{n}"
            n += 1
        p.id = cand
        used.add(cand)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--overrides", type=Path, default=OVERRIDES)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    b = Build()
    load_sources(b, args.src)
    ov = tomllib.loads(args.overrides.read_text(encoding="utf-8"))
    artist_ov = apply_overrides(b, ov)

    # Artist overrides name an existing person by id-to-be ("jungkook") or stage@group ("Jisoo@BLACKPINK").
    pending: list[tuple[Rec, dict[str, Any]]] = []
    for key, a in artist_ov.items():
        target: Rec | None = None
        match = a.get("match", "")
        if match:
            stage, _, grp = match.partition("@")
            gk = b.group_alias.get(fold(grp)) if grp else None
            cands = [p for p in b.people if fold(p.name) == fold(stage) and (gk is None or gk in p.groups
                                                                                or gk in p.former_groups)]
            if len(cands) != 1:
                log.warning("override %s: match %r found %d people", key, match, len(cands))
            target = cands[0] if cands else None
        if target is None and not match:
            # a person the data files already know (an actor): decorate that row instead of adding a twin
            nk = fold(a.get("name", key))
            twins = [p for p in b.people if not p.groups
                     and nk in (fold(p.name), fold(p.full_name), *(fold(x) for x in p.aliases))]
            target = twins[0] if len(twins) == 1 else None
        if target is None:
            target = Rec(kind=a.get("kind", "person"), name=a.get("name", key))
            target.sources.add("overrides")
            b.people.append(target)
        target.forced_id = key
        pending.append((target, a))
    for rec, a in pending:
        rec.name = a.get("name", rec.name)
        if "kind" in a:
            rec.kind = a["kind"]
        if "full_name" in a:
            rec.full_name = a["full_name"]
        if "western_order" in a:
            rec.korean_order = not a["western_order"]
        rec.add_alias(*a.get("aliases", []))
        rec.epithets.extend(a.get("epithets", []))
        for g in a.get("groups", []):
            gk = b.group_alias.get(fold(g))
            if gk is None:
                log.warning("override %s: unknown group %s", rec.forced_id, g)
            elif gk not in rec.groups:
                rec.groups.append(gk)
        for g in a.get("former_groups", []):
            gk = b.group_alias.get(fold(g))
            if gk is None:
                log.warning("override %s: unknown group %s", rec.forced_id, g)
                continue
            if gk in rec.groups:
                rec.groups.remove(gk)
            if gk not in rec.former_groups:
                rec.former_groups.append(gk)
        if "prominence" in a:
            rec.prominence = float(a["prominence"])
        if "ambiguous" in a:
            rec.ambiguous = bool(a["ambiguous"])
        if a.get("gender"):
            rec.gender = str(a["gender"]).upper()
        rec.sources.add("overrides")

    # An actor who is also an idol (Cha Eun-woo) appears once: fold the actor row into the idol.
    merge_actor_rows(b)
    merge_groupless_twins(b)

    # Sub-units inherit: a member of "NCT 127" is in NCT too.
    for p in b.people:
        for gk in list(p.groups):
            par = b.groups[gk].parent
            if par and par not in p.groups:
                p.groups.append(par)
        if p.kind == "member" and not p.groups:
            p.kind = "soloist"  # only former groups left: a soloist (or retired) now
        if p.kind == "soloist" and p.groups:
            p.kind = "member"

    members: dict[str, list[Rec]] = defaultdict(list)
    for p in b.people:
        for gk in p.groups:
            members[gk].append(p)

    assign_ids(b)
    by_id = {r.id: r for r in (*b.groups.values(), *b.people)}
    for g, ids in ov.get("gender", {}).items():
        for i in ids:
            if i in by_id:
                by_id[i].gender = g.upper()
            else:
                log.warning("gender override: unknown id %s", i)
    settle_genders(b, members)

    # prominence: hand-set for well-known groups; otherwise a small score from how many sources know it.
    for g in b.groups.values():
        if not g.prominence:
            g.prominence = 5.0 + 2.0 * len(g.sources - {"idols"})
    for p in b.people:
        if not p.prominence:
            gp = max((b.groups[gk].prominence for gk in p.groups), default=0.0)
            fp = max((b.groups[gk].prominence for gk in p.former_groups), default=0.0)
            p.prominence = max(gp - 1.0, fp - 3.0, 3.0 + len(p.sources))

    add_maknae_epithets(b, members)

    common = {w.casefold() for w in ov.get("common_words", {}).get("words", [])}
    fandom_by_group: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    gid_of = {k: g.id for k, g in b.groups.items()}
    gkeys = sorted(b.groups, key=lambda k: gid_of[k])
    for k in gkeys:
        g = b.groups[k]
        mem = sorted((p.id for p in members[k]), key=str)
        if not mem and "overrides" not in g.sources and len(g.sources) < 2:
            continue
        if g.fandom:
            fandom_by_group[g.id] = g.fandom
        aliases = [a for a in g.aliases if a != g.name]
        aliases = sorted(set(aliases), key=aliases.index)
        out.append({
            "id": g.id, "name": g.name, "kind": "group",
            "groups": [gid_of[g.parent]] if g.parent else [],
            "former_groups": [], "members": mem,
            "aliases": _dedupe([*aliases, *g.hangul]),
            "fandom": g.fandom, "prominence": round(g.prominence, 2),
            "ambiguous": _ambiguous(g, common), "epithets": _dedupe(g.epithets),
        })
    kept_groups = {a["id"] for a in out}
    for p in sorted(b.people, key=lambda p: p.id):
        aliases = list(p.aliases)
        if p.full_name and fold(p.full_name) != fold(p.name):
            aliases.extend(name_variants(p.full_name, p.korean_order))
        elif p.full_name:
            aliases.extend(v for v in name_variants(p.full_name, p.korean_order) if v != p.name)
        if p.korean_order and "-" not in p.name and " " in p.name:
            aliases.extend(v for v in name_variants(p.name, True) if v != p.name)
        if p.prominence >= 60 and p.korean_order:
            aliases.extend(famous_variants(p.full_name or "", aliases))
        doubled = p.name.split()
        if len(doubled) == 2 and doubled[0].lower() == doubled[1].lower():
            # "Jin Jin" is written "Jinjin" and "JinJin" as often as not
            aliases.extend((doubled[0] + doubled[1].lower(), doubled[0] + doubled[1]))
        out.append({
            "id": p.id, "name": p.name, "kind": p.kind,
            "groups": [gid_of[g] for g in p.groups if gid_of[g] in kept_groups],
            "former_groups": [gid_of[g] for g in p.former_groups if gid_of[g] in kept_groups],
            "members": [],
            "aliases": _dedupe([a for a in aliases if a != p.name] + p.hangul),
            "fandom": None, "prominence": round(p.prominence, 2),
            "ambiguous": _ambiguous(p, common), "epithets": _dedupe(p.epithets),
            **({"gender": p.gender.lower()} if p.gender in ("M", "F") else {}),
        })
    data = {
        "version": 1,
        "sources": "see bot/data/ROSTER_SOURCES.md",
        "block": sorted(set(ov.get("block", {}).get("names", []))),
        "common_words": sorted({w.casefold() for w in ov.get("common_words", {}).get("words", [])}),
        "not_words": not_english_words(out, common),
        "artists": out,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
                        encoding="utf-8")
    ngroups_with_members = sum(1 for a in out if a["kind"] == "group" and a["members"])
    log.info("wrote %s: %d artists, %d groups with members", args.out, len(out), ngroups_with_members)
    return 0


# An English word this rare (wordfreq's Zipf scale: 2.0 is about once in 10 million words) is no ordinary
# word a writer would capitalize at a sentence start; "Dean" (4.4), "Dana" (3.8), "Kino" (2.8) stay ambiguous.
NOT_A_WORD_ZIPF = 2.0


def not_english_words(out: list[dict[str, Any]], common: set[str]) -> list[str]:
    """Folded one-word names an English word list does not know ("rowoon", "penomeco", "gugudan").

    Why: without a dictionary the tagger cannot tell "Rowoon will star in ..." from "Dream will ...", so every
    one-word name of a lesser-known artist needed evidence from the story. wordfreq's English frequencies
    (ordinary words, and English first names, are frequent; idols' names are not) settle it once, here, so
    the bot itself carries no word list. Forms of four letters or more only: short ones stay ambiguous.
    """
    from wordfreq import zipf_frequency  # the ``roster`` extra: needed to rebuild, never at run time

    found: set[str] = set()
    for a in out:
        for form in (a["name"], *a["aliases"]):
            if not form.isascii() or len(form.split()) != 1:
                continue
            key = fold(form)
            if len(key) >= 4 and key not in common and zipf_frequency(key, "en") < NOT_A_WORD_ZIPF:
                found.add(key)
    return sorted(found)


def settle_genders(b: Build, members: dict[str, list[Rec]]) -> None:
    """Fill in the genders the sources leave out, so "she" in a story can skip a boy group's member.

    A group none of the group tables classes takes its members' gender when at least two are known and all
    agree; a person with no gender of their own takes the one gender all their groups (current and former)
    share. Co-ed groups (KARD) give nobody a gender.
    """
    for gk, g in b.groups.items():
        if not g.gender:
            known = {p.gender for p in members.get(gk, []) if p.gender}
            if len(known) == 1 and sum(1 for p in members.get(gk, []) if p.gender) >= 2:
                g.gender = known.pop()
    for p in b.people:
        if not p.gender:
            known = {b.groups[gk].gender for gk in (*p.groups, *p.former_groups) if b.groups[gk].gender}
            if len(known) == 1:
                p.gender = known.pop()


def add_maknae_epithets(b: Build, members: dict[str, list[Rec]]) -> None:
    """"the IVE maknae": the youngest current member of a well-known group whose line-up never changed."""
    former = {g for p in b.people for g in p.former_groups}
    for gk, g in sorted(b.groups.items()):
        mem = members.get(gk, [])
        if g.prominence < 50 or len(mem) < 3 or gk in former or g.parent:
            continue
        if any(not p.dob for p in mem):
            continue
        tag = f"the {g.name} maknae"
        if any(fold(tag) == fold(e) for p in b.people for e in p.epithets):
            continue
        youngest = sorted(mem, key=lambda p: (p.dob, p.name), reverse=True)
        if youngest[0].dob == youngest[1].dob:
            continue
        youngest[0].epithets.append(tag)


def merge_groupless_twins(b: Build) -> None:
    """A soloist row and a group row for one person (BoA, Zico): same stage and legal name, no clash of
    birthdays, and one of them has no group at all."""
    by_key: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    for p in b.people:
        if p.full_name and p.kind != "group":
            by_key[(fold(p.name), fold(p.full_name))].append(p)
    drop: set[int] = set()
    for recs in by_key.values():
        if len(recs) != 2:
            continue
        a, c = recs
        if a.groups or a.former_groups:
            a, c = c, a  # a: the groupless one
        if a.groups or a.former_groups or (a.dob and c.dob and a.dob != c.dob):
            continue
        if a.forced_id and c.forced_id:
            continue
        c.forced_id = c.forced_id or a.forced_id
        c.add_alias(*a.aliases, *a.hangul)
        c.prominence = max(c.prominence, a.prominence)
        c.epithets.extend(e for e in a.epithets if e not in c.epithets)
        c.sources |= a.sources
        c.gender = c.gender or a.gender
        drop.add(id(a))
    b.people = [p for p in b.people if id(p) not in drop]


def merge_actor_rows(b: Build) -> None:
    idx: dict[str, list[Rec]] = defaultdict(list)
    for p in b.people:
        if p.sources != {"dbkpop_actors"}:
            for h in p.hangul:
                idx[h].append(p)
    keep: list[Rec] = []
    for p in b.people:
        if p.sources == {"dbkpop_actors"}:
            names = {fold(p.name), fold(p.full_name)}
            cands = {id(q): q for h in p.hangul for q in idx.get(h, [])
                     if names & {fold(x) for x in (q.name, q.full_name, *q.aliases)}
                     and (not p.dob or not q.dob or p.dob == q.dob)}
            if len(cands) == 1:
                q = next(iter(cands.values()))
                q.add_alias(p.name, p.full_name, *p.aliases, *p.hangul)
                q.gender = q.gender or p.gender
                continue
        keep.append(p)
    b.people = keep


_FAMILY_SPELLINGS = {
    "Lee": ("Yi",), "Lim": ("Im", "Yim"), "Im": ("Lim", "Yim"), "Jung": ("Jeong",), "Jeong": ("Jung",),
    "Choi": ("Choe",), "Yoon": ("Yun",), "Ahn": ("An",), "Shin": ("Sin",), "Park": ("Pak",),
}


def famous_variants(full: str, aliases: list[str]) -> list[str]:
    """For famous names only: Western order ("Jimin Park") and other spellings of the family name."""
    parts = full.split()
    if len(parts) != 2 or not full.isascii():
        return []
    fam, given = parts
    out = [f"{given} {fam}"]
    for other in _FAMILY_SPELLINGS.get(fam, ()):
        out += [f"{other} {given}"] + [a.replace(fam + " ", other + " ", 1) for a in aliases if a.startswith(fam + " ")]
    return out


def _ambiguous(r: Rec, common: set[str]) -> bool:
    """Hand-set, or a one-word name that is also an ordinary word ("Winter", "Joy", "Key")."""
    if r.ambiguous is not None:
        return r.ambiguous
    return " " not in r.name.strip() and r.name.casefold() in common


def _dedupe(xs: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in xs:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


if __name__ == "__main__":
    sys.exit(main())
