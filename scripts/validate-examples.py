#!/usr/bin/env python3
"""Validate the demo customers and platform files against the project's JSON Schemas.

Usage: scripts/validate-examples.py [--now ISO8601] [--schema-only] [FILE...]

Without FILEs it checks, from the repository root:
  - every examples/customers/*.json against docs/record.schema.json;
  - knowledge/platform.yaml and every examples/platform/*.{yaml,yml,json}
    against docs/platform.schema.json.

Besides the schema, demo customers get consistency checks (skip them with
--schema-only): user_id is "demo-" + the file stem, loans add up (outstanding
<= amount, a repaid loan owes nothing, each product's outstanding within its
limit, an unopened product has no limit and no loans), dates are in order
(borrowed <= due, borrowed <= repaid, histories oldest first) and no event lies
after --now (default 2026-11-20T10:00:00+08:00, the time the demo is diagnosed at).

Prints one line per problem, `FILE: PATH: PROBLEM`, and exits 1 when there is
any; prints `N files OK` and exits 0 otherwise. Needs jsonschema and PyYAML.
"""
import argparse
import glob
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone

try:
    import jsonschema
    import yaml
except ImportError as e:  # pragma: no cover
    sys.exit(f"validate-examples: {e.name} is not installed (pip install jsonschema pyyaml)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_NOW = "2026-11-20T10:00:00+08:00"
CN = timezone(timedelta(hours=8))


class PlainDatesLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings, as the Swift YAML decoder reads them."""


PlainDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

TIME_RX = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?)?$")


def parse_time(text):
    """The instant an ISO 8601 string of the record format names (None when it is not one)."""
    m = TIME_RX.match(text) if isinstance(text, str) else None
    if not m:
        return None
    y, mo, d, h, mi, s, frac, z, sign, oh, om = m.groups()
    offset = timedelta(hours=8)
    if z:
        offset = timedelta(0)
    elif sign:
        offset = timedelta(hours=int(oh), minutes=int(om or 0)) * (1 if sign == "+" else -1)
    try:
        base = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), min(int(s or 0), 59),
                        tzinfo=timezone(offset))
    except ValueError:
        return None
    leap = 1 if s == "60" else 0  # the parser accepts :60 and rolls it into the next minute
    return base + timedelta(seconds=leap + float("0." + (frac or "0")))


def field_path(parts):
    """`loans[2].due_at` from a jsonschema path, the way the Swift decoder names fields."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith((".yaml", ".yml")):
            return yaml.load(f, Loader=PlainDatesLoader)
        return json.load(f)


def schema_problems(validator, doc):
    """(field path, problem) for each schema error, worded like the Swift decoder's errors."""
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        path = list(err.absolute_path)
        if err.validator == "required":
            missing = re.match(r"'([^']+)'", err.message)
            yield field_path(path + [missing.group(1) if missing else "?"]), "is required but missing"
        elif err.validator == "pattern" and "[0-9]{4}-" in str(err.validator_value):
            yield field_path(path), f"\"{err.instance}\" is not an ISO 8601 date"
        else:
            yield field_path(path), err.message


def consistency_problems(path, rec, now):
    """Demo-data hygiene: the record tells one coherent story at `now`."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if rec.get("user_id") != "demo-" + stem:
        yield "user_id", f"should be \"demo-{stem}\" (demo- + the file name)"

    def when(value):
        return parse_time(value) if isinstance(value, str) else None

    def past(p, value):
        t = when(value)
        if t and t > now:
            return [(p, f"{value} is after now ({now.isoformat()})")]
        return []

    yield from past("account.opened_at", (rec.get("account") or {}).get("opened_at"))
    for i, c in enumerate(((rec.get("profile") or {}).get("info_changes") or [])):
        yield from past(f"profile.info_changes[{i}].at", c.get("at"))
    for i, q in enumerate(((rec.get("bureau") or {}).get("inquiries") or [])):
        yield from past(f"bureau.inquiries[{i}].at", q.get("at"))

    products = rec.get("products") or {}
    loans = rec.get("loans") or []
    used = {"jiebei": 0.0, "huabei": 0.0}
    ids = set()
    for i, loan in enumerate(loans):
        p = f"loans[{i}]"
        if loan["id"] in ids:
            yield f"{p}.id", f"{loan['id']} is used by another loan"
        ids.add(loan["id"])
        amount = loan["amount"]
        repaid = loan.get("repaid_at")
        outstanding = loan.get("outstanding")
        if outstanding is None:
            outstanding = 0 if repaid else amount
        used[loan.get("product") or "jiebei"] += outstanding
        if outstanding > amount:
            yield f"{p}.outstanding", f"{outstanding} is more than the amount {amount}"
        if repaid and outstanding:
            yield f"{p}.outstanding", "a repaid loan should owe nothing"
        b, d, r = when(loan["borrowed_at"]), when(loan["due_at"]), when(repaid)
        if b and d and d < b:
            yield f"{p}.due_at", "is before borrowed_at"
        if b and r and r < b:
            yield f"{p}.repaid_at", "is before borrowed_at"
        yield from past(f"{p}.borrowed_at", loan["borrowed_at"])
        yield from past(f"{p}.repaid_at", repaid)

    for name in ("jiebei", "huabei"):
        prod = products.get(name) or {}
        limit = prod.get("limit") or 0
        if not prod.get("opened") and (limit or used[name]):
            yield f"products.{name}", "is not opened but has a limit or loans"
        if used[name] > limit:
            yield f"products.{name}.limit", f"outstanding {used[name]:g} is more than the limit {limit:g}"
        hist = prod.get("limit_history") or []
        yield from ordered(f"products.{name}.limit_history", hist, when)
        for i, h in enumerate(hist):
            yield from past(f"products.{name}.limit_history[{i}].at", h.get("at"))

    for i, r in enumerate(rec.get("repayments") or []):
        if r.get("loan_id") is not None and r["loan_id"] not in ids:
            yield f"repayments[{i}].loan_id", f"{r['loan_id']} is not among the loans"
        yield from past(f"repayments[{i}].at", r.get("at"))
    for i, x in enumerate(rec.get("disbursements") or []):
        yield from past(f"disbursements[{i}].at", x.get("at"))
    scores = rec.get("score_history") or []
    yield from ordered("score_history", scores, when)
    for i, s in enumerate(scores):
        yield from past(f"score_history[{i}].at", s.get("at"))


def ordered(p, entries, when):
    times = [when(e.get("at")) for e in entries]
    for i in range(1, len(times)):
        if times[i - 1] and times[i] and times[i] < times[i - 1]:
            yield f"{p}[{i}].at", "is earlier than the entry before it (oldest first, newest last)"


def default_files():
    customers = sorted(glob.glob(os.path.join(ROOT, "examples", "customers", "*.json")))
    platforms = [os.path.join(ROOT, "knowledge", "platform.yaml")]
    for ext in ("yaml", "yml", "json"):
        platforms += sorted(glob.glob(os.path.join(ROOT, "examples", "platform", "*." + ext)))
    return customers, [p for p in platforms if os.path.exists(p)]


def is_platform(path):
    parts = os.path.normpath(path).split(os.sep)
    return "platform" in parts or os.path.basename(path).startswith("platform")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="files to check (default: all examples and knowledge/platform.yaml)")
    ap.add_argument("--now", default=DEMO_NOW, help=f"the evaluation time (default {DEMO_NOW})")
    ap.add_argument("--schema-only", action="store_true", help="skip the demo consistency checks")
    args = ap.parse_args()
    now = parse_time(args.now)
    if now is None:
        sys.exit(f"validate-examples: --now {args.now!r} is not an ISO 8601 date")

    validators = {}
    for kind in ("record", "platform"):
        with open(os.path.join(ROOT, "docs", f"{kind}.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[kind] = jsonschema.Draft202012Validator(schema)

    if args.files:
        customers = [f for f in args.files if not is_platform(f)]
        platforms = [f for f in args.files if is_platform(f)]
    else:
        customers, platforms = default_files()
        if not customers:
            sys.exit("validate-examples: no files in examples/customers/")

    problems = 0
    for path, kind in [(c, "record") for c in customers] + [(p, "platform") for p in platforms]:
        shown = os.path.relpath(path, ROOT) if os.path.isabs(path) else path
        try:
            doc = load(path)
        except (OSError, ValueError, yaml.YAMLError) as e:
            print(f"{shown}: cannot be read: {str(e).splitlines()[0]}")
            problems += 1
            continue
        found = list(schema_problems(validators[kind], doc))
        if kind == "record" and not found and not args.schema_only:
            found = list(consistency_problems(path, doc, now))
        for where, what in found:
            print(f"{shown}: {where}: {what}" if where else f"{shown}: {what}")
        problems += len(found)

    total = len(customers) + len(platforms)
    if problems:
        print(f"{problems} problem(s) in {total} files")
        return 1
    print(f"{total} files OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
