#!/usr/bin/env python3
"""Rewrite the example replies in docs/protocol.md from what the real server answers.

Usage: scripts/protocol-examples.py [--binary PATH]

From the repository root, starts `explainer serve` (default .build/debug/explainer;
build it first with `swift build --product explainer`) on a temporary socket and new
database at --now 2026-11-20T10:00:00+08:00, sends every request marked `<!-- wire -->`
in docs/protocol.md, in order, on one connection (a `session_id` in a request is
replaced with the first session the server created), and writes each reply back,
indented for reading. Then it reruns the `$ explainer audit …` lines of the block
marked `<!-- audit -->` against that database and writes their output.

Run it after changing what the server answers (knowledge wording, intents, reply
members); `ServerDocsTests` fails until the page matches again. Needs only the
standard library.
"""
import argparse
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time

NOW = "2026-11-20T10:00:00+08:00"
DOC = "docs/protocol.md"
WIRE = re.compile(r"(<!-- wire -->\n```json\n)(.*?)(\n```\n```json\n)(.*?)(\n```)", re.S)
AUDIT = re.compile(r"(<!-- audit -->\n```\n)(.*?)(\n```)", re.S)
SESSION = re.compile(r"s-[0-9a-f]{32}")


def layout(value, indent=0, width=120):
    """JSON with objects of plain values and short containers on one line."""
    one = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    leaf = isinstance(value, dict) and len(one) < 160 and all(
        not isinstance(v, (dict, list)) or (isinstance(v, list) and len(json.dumps(v)) < 30) for v in value.values())
    if len(one) + indent <= width or not isinstance(value, (dict, list)) or not value or leaf:
        return one
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + layout(v, indent + 2, width) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + layout(v, indent + 2, width) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def start(binary, directory):
    path = os.path.join(directory, "s.sock")
    db = os.path.join(directory, "db.sqlite")
    server = subprocess.Popen([binary, "serve", "--socket", path, "--db", db, "--now", NOW],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not os.path.exists(path):
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            sys.exit(f"{binary} serve did not start")
        time.sleep(0.05)
    return server, path, db


def replay(text, path):
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.settimeout(30)
    connection.connect(path)
    lines = connection.makefile("r", encoding="utf-8")
    session = None

    def answer(match):
        nonlocal session
        request = match.group(2)
        if session:
            request = SESSION.sub(session, request)
        connection.sendall((request + "\n").encode("utf-8"))
        reply = lines.readline()
        found = SESSION.search(reply)
        if session is None and found:
            session = found.group(0)
        return match.group(1) + request + match.group(3) + layout(json.loads(reply)) + match.group(5)

    text = WIRE.sub(answer, text)
    connection.close()
    return text


def audit(text, binary, db):
    def rerun(match):
        out = []
        for line in match.group(2).split("\n"):
            if not line.startswith("$ explainer audit"):
                continue
            arguments = shlex.split(line[2:])[1:]
            arguments[arguments.index("--db") + 1] = db
            result = subprocess.run([binary] + arguments, capture_output=True, text=True, check=True)
            out += [line, result.stdout.rstrip("\n")]
        return match.group(1) + "\n".join(out) + match.group(3)

    return AUDIT.sub(rerun, text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=".build/debug/explainer")
    binary = os.path.abspath(parser.parse_args().binary)
    with open(DOC, encoding="utf-8") as file:
        text = file.read()
    with tempfile.TemporaryDirectory(prefix="explainer-docs-") as directory:
        server, path, db = start(binary, directory)
        try:
            text = replay(text, path)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        text = audit(text, binary, db)
    with open(DOC, "w", encoding="utf-8") as file:
        file.write(text)
    print(f"{DOC}: {len(WIRE.findall(text))} examples rewritten")


if __name__ == "__main__":
    main()
