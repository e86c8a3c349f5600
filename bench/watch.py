#!/usr/bin/env python3
"""MeetingBot watcher and card-click benchmark: the built bot tracking thousands of running meetings.

1. The bot creates its SQLite file once (and its CPU with nothing to watch is sampled); then `--meetings` running
   meetings with posted cards are written into it, and the TrueConf stub lists the same conferences as running.
2. Idle watching: for `--window` seconds nothing changes. Counted from the stub's access log: list calls per look
   (should be ceil(meetings / 200)), other TrueConf calls, card updates (PUT, should be 0); the bot's CPU from /proc.
3. Ended outside the chat: `--ended` conferences leave the list (half answer "stopped", half 404). Counted until the
   watcher has caught up: reads of single conferences (should be `--ended`) and card updates (should be `--ended`).
4. Card clicks: wrk posts `adaptiveCard/action` invokes (`meeting.refresh`, `meeting.participants`) on seeded meetings at
   `--concurrency`; HTTP answer latency p50/p99 and throughput.

Run bench/run.sh once first (it publishes the bot into bench/.out/app), then: python3 bench/watch.py. Standard library
only; loopback only; every phase bounded. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench import BENCH, Bot, free_port, log, machine_busy, wait_for_quiet_machine, wait_listening

PAGE_SIZE = 200  # MeetingWatcher.PageSize
CONVERSATION = "19:bench-{n}@thread.tacv2"
SERVICE_PATH = "/"


def conference(n: int, state: str = "running", links: bool = True) -> dict:
    entry = {"id": str(n), "topic": f"Bench meeting {n}", "owner": "alex@video.example", "type": 0, "state": state,
             "url": f"https://video.example/c/{n}", "webclient_url": f"https://video.example/webrtc/{n}",
             "schedule": {"type": -1}, "allow_guests": False}
    if not links:  # some servers leave the links out of list entries
        del entry["url"], entry["webclient_url"]
    return entry


def request_key(n: int) -> str:
    return f"msteams|{CONVERSATION.format(n=n)}|1790000000{n:06d}"


def write_stub_state(folder: Path, running: list[int], stopped: list[int], gone: list[int], links: bool = True) -> None:
    """The TrueConf stub's answers for one phase: the list pages (full pages of 200, as a server pages), stopped, gone."""
    for sub in ("pages", "stopped", "gone"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    pages = [running[i:i + PAGE_SIZE] for i in range(0, len(running), PAGE_SIZE)]
    for page_id, ids in enumerate(pages, start=1):
        body = {"cnt": len(running), "conferences": [conference(n, links=links) for n in ids]}
        (folder / "pages" / f"{page_id}.json").write_text(json.dumps(body, separators=(",", ":")))
    (folder / "pages" / "empty.json").write_text(json.dumps({"cnt": len(running), "conferences": []}))
    for n in stopped:
        (folder / "stopped" / f"{n}.json").write_text(json.dumps({"conference": conference(n, "stopped")}))
    for n in gone:
        (folder / "gone" / str(n)).write_text("")


def point_stub_at(work: Path, phase: str) -> None:
    link = work / "current.new"
    link.unlink(missing_ok=True)
    link.symlink_to(work / phase)
    os.replace(link, work / "current")  # atomic: nginx sees the old or the new phase, never a mix


def seed_meetings(db: Path, count: int, service_url: str) -> None:
    """Running meetings with posted cards, as the bot stores them after `start meeting` (schema made by the bot)."""
    started = int((time.time() - 60) * 1000)  # a minute old: far from MeetingBot:ForgottenAfter (60 min)
    rows = [(request_key(n), str(n), "TrueConf", f"Bench meeting {n}", "alex", "kevin", f"https://video.example/webrtc/{n}",
             f"https://video.example/c/{n}", "msteams", CONVERSATION.format(n=n), "29:alex-aad", started + n,
             f"1791{n:09d}", service_url, "tenant-1", f"1790000000{n:06d}", 0, 1, "Alex Wilber", "Kevin Example")
            for n in range(1, count + 1)]
    with sqlite3.connect(db) as connection:
        connection.executemany(
            "INSERT INTO meetings (request_key, conference_id, backend, topic, owner_id, invitee_ids, join_url, page_url, channel,"
            " conversation_id, started_by, started_at, card_message_id, service_address, tenant_id, reply_to_id, state,"
            " participant_count, owner_name, invitee_names) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def invoke_template(verb: str, meeting: str, service_url: str) -> str:
    """A click on a meeting card's Action.Execute button, as Teams posts it (reference bot-framework.md §6.3)."""
    body = {
        "type": "invoke", "name": "adaptiveCard/action", "id": "@@ID@@", "channelId": "msteams",
        "timestamp": "@@TS@@", "localTimestamp": "@@TS@@", "serviceUrl": service_url, "replyToId": "1791000000001",
        "from": {"id": "29:alex-aad", "name": "Alex Wilber", "aadObjectId": "00000000-0000-0000-0000-0000000000a1"},
        "recipient": {"id": "28:meetingbot-app-id", "name": "MeetingBot"},
        "conversation": {"id": CONVERSATION.format(n=1), "conversationType": "channel", "isGroup": True, "tenantId": "tenant-1"},
        "channelData": {"tenant": {"id": "tenant-1"}, "source": {"name": "message"}},
        "value": {"action": {"type": "Action.Execute", "id": "button", "verb": verb, "data": {"meeting": meeting}},
                  "trigger": "manual"},
        "locale": "en-US",
    }
    return json.dumps(body, separators=(",", ":"))


class StubLog:
    """The stub's access log, read from the start each time (it stays small: a few thousand lines a minute)."""

    def __init__(self, path: Path, trueconf_port: int, connector_port: int):
        self.path, self.tc, self.cn = path, str(trueconf_port), str(connector_port)

    def calls(self, t0: float, t1: float = math.inf) -> list[tuple[float, str, str, int]]:
        """(time, route, uri, status) of every call answered in [t0, t1]."""
        out = []
        if not self.path.exists():
            return out
        for line in self.path.read_text().splitlines():
            f = line.split(" ")
            if len(f) != 8 or not t0 <= float(f[0]) <= t1:
                continue
            out.append((float(f[0]), self.route(f[1], f[2], f[3]), f[3], int(f[4])))
        return out

    def route(self, port: str, method: str, uri: str) -> str:
        path = uri.split("?", 1)[0]
        parts = path.strip("/").split("/")
        if port == self.tc:
            if path == "/oauth2/v1/token":
                return "tc.token"
            if path == "/api/v3.8/conferences":
                return "tc.list" if "state=running" in uri and f"page_size={PAGE_SIZE}" in uri else "tc.list_other"
            if len(parts) == 4 and parts[2] == "conferences":
                return "tc.get"
            if len(parts) == 5 and parts[2] == "conferences":
                return "tc." + parts[4]
            return "tc.other"
        if port == self.cn and len(parts) == 5 and parts[3] == "activities":
            return "cn.update" if method == "PUT" else "cn.reply"
        return "cn." + (parts[3] if len(parts) > 3 else "other")

    @staticmethod
    def by_route(calls) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, route, _, _ in calls:
            counts[route] = counts.get(route, 0) + 1
        return dict(sorted(counts.items()))

    @staticmethod
    def looks(calls) -> list[int]:
        """Pages read per complete look (a look starts at page_id=1); the last, possibly cut, look is left out."""
        pages: list[int] = []
        for _, route, uri, _ in calls:
            if route != "tc.list":
                continue
            if "page_id=1&" in uri or uri.endswith("page_id=1"):
                pages.append(0)
            if pages:
                pages[-1] += 1
        return pages[:-1]


class WatchBenchmark:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        self.work = (BENCH / ".out" / f"watch-{self.stamp}").resolve()
        self.work.mkdir(parents=True)
        self.app_dir = Path(args.app).resolve()
        self.bot_port, self.tc_port, self.cn_port = free_port(), free_port(), free_port()
        self.service_url = f"http://127.0.0.1:{self.cn_port}{SERVICE_PATH}"
        self.db = self.work / "bot.db"
        self.stub = StubLog(self.work / "access.log", self.tc_port, self.cn_port)
        self.nginx: subprocess.Popen | None = None
        self.results: dict = {"meetings": args.meetings, "ended": args.ended, "window_s": args.window}
        self.env = {"MeetingBot__WatchInterval": args.watch_interval, "MeetingBot__WatchIntervalMax": args.watch_interval_max,
                    **dict(kv.split("=", 1) for kv in args.bot_env)}

    # ---------------- stubs and bot
    def start_nginx(self) -> None:
        conf = (BENCH / "stubs" / "watch-nginx.conf.in").read_text()
        conf = conf.replace("@@WORK@@", str(self.work)).replace("@@TRUECONF_PORT@@", str(self.tc_port)) \
            .replace("@@CONNECTOR_PORT@@", str(self.cn_port))
        (self.work / "nginx.conf").write_text(conf)
        self.nginx = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(self.work), "-c", str(self.work / "nginx.conf"),
             "-e", str(self.work / "nginx-error.log")],
            stdout=open(self.work / "nginx.out", "wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wait_listening(self.tc_port, 10, self.nginx)
        wait_listening(self.cn_port, 10, self.nginx)

    def start_bot(self, name: str) -> Bot:
        bot = Bot(self.app_dir, self.bot_port, self.tc_port, self.db, self.work / f"{name}.log", self.env)
        wait_listening(self.bot_port, 60, bot.proc)
        return bot

    def cpu_over(self, bot: Bot, seconds: float) -> dict:
        """The bot's CPU over a window (% of one core) and what the whole machine did meanwhile."""
        c0, m0, t0 = bot.cpu_ms(), machine_busy(), time.time()
        time.sleep(seconds)
        c1, m1, t1 = bot.cpu_ms(), machine_busy(), time.time()
        busy = (m1[0] - m0[0]) / max(1, m1[1] - m0[1]) * 100 * (os.cpu_count() or 1)
        return {"t0": t0, "t1": t1, "cpu_ms": c1 - c0, "cpu_pct": (c1 - c0) / ((t1 - t0) * 1000) * 100, "machine_pct": busy}

    # ---------------- phases
    def baseline(self) -> None:
        log("bot with an empty database: it creates its schema; CPU with nothing to watch")
        bot = self.start_bot("schema")
        time.sleep(3)
        self.results["empty"] = self.cpu_over(bot, self.args.baseline)
        bot.stop()
        log(f"  empty: {self.results['empty']['cpu_pct']:.2f}% of one core")

    def idle_watching(self, bot: Bot) -> None:
        log(f"warm-up {self.args.settle:.0f} s (first looks, back-off to {self.args.watch_interval_max})")
        time.sleep(self.args.settle)
        self.quiet()
        log(f"idle watching, {self.args.window:.0f} s window")
        window = self.cpu_over(bot, self.args.window)
        time.sleep(0.5)
        calls = self.stub.calls(window["t0"], window["t1"])
        looks = self.stub.looks(calls)
        by_route = self.stub.by_route(calls)
        # Looks in the window, the cut ones at its edges counted by the pages they read.
        looks_read = by_route.get("tc.list", 0) / math.ceil(self.args.meetings / PAGE_SIZE)
        window.update(calls=by_route, pages_per_look=looks, looks=len(looks), rss_mb=bot.status()["VmRSS"] / 1024,
                      looks_read=looks_read, cpu_ms_per_look=window["cpu_ms"] / max(1, looks_read))
        self.results["idle"] = window
        log(f"  {window['cpu_pct']:.2f}% of one core, {len(looks)} looks, pages/look {sorted(set(looks))}, calls {window['calls']}")

    def meetings_end(self, bot: Bot) -> None:
        # Swap right after a look read its last page, so no look reads half the old list and half the new one.
        last_page = f"page_id={math.ceil(self.args.meetings / PAGE_SIZE)}&"
        deadline = time.time() + 60
        start = time.time()
        while time.time() < deadline and not any(last_page in uri for _, _, uri, _ in self.stub.calls(start)):
            time.sleep(0.05)
        c0, t0 = bot.cpu_ms(), time.time()
        point_stub_at(self.work, "ended")
        log(f"{self.args.ended} conferences ended outside the chat; waiting for their cards")
        deadline = t0 + 60
        while time.time() < deadline and StubLog.by_route(self.stub.calls(t0)).get("cn.update", 0) < self.args.ended:
            time.sleep(0.2)
        seen = time.time()
        time.sleep(self.args.after)  # a few more looks: nothing else may happen
        t1 = time.time()
        calls = self.stub.calls(t0, t1)
        updates = [uri for _, route, uri, _ in calls if route == "cn.update"]
        gets = [uri.split("?", 1)[0].rsplit("/", 1)[1] for _, route, uri, _ in calls if route == "tc.get"]
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as connection:
            ended_rows = connection.execute("SELECT COUNT(*) FROM meetings WHERE state = 1").fetchone()[0]
        self.results["ended_phase"] = {
            "seconds_to_last_card": seen - t0, "window_s": t1 - t0, "calls": StubLog.by_route(calls),
            "card_updates": len(updates), "distinct_cards_updated": len(set(updates)),
            "conference_reads": len(gets), "distinct_conferences_read": len(set(gets)),
            "reads_of_still_running": len(set(gets) - {str(n) for n in self.ended_ids}),
            "ended_in_db": ended_rows, "looks": len(StubLog.looks(calls)), "cpu_ms": bot.cpu_ms() - c0}
        log(f"  {self.results['ended_phase']}")

    def card_clicks(self, bot: Bot) -> None:
        meeting = request_key(1)  # stays running
        self.results["clicks"] = {}
        for verb in self.args.verbs:
            template = self.work / f"invoke-{verb}.json"
            template.write_text(invoke_template(verb, meeting, self.service_url))
            answer = self.invoke_once(template.read_text().replace("@@ID@@", "preflight-" + verb).replace("@@TS@@", "2026-12-02T00:00:00.000Z"))
            card = answer.get("type") == "application/vnd.microsoft.card.adaptive" and answer.get("statusCode") == 200
            log(f"click {verb}: preflight answer {'a card' if card else answer}; wrk c={self.args.concurrency}")
            self.quiet()
            self.wrk(template, 5, 60)  # warm-up
            c0, m0 = bot.cpu_ms(), machine_busy()
            t0 = time.time()
            result = self.wrk(template, self.args.click_seconds, 61)
            t1 = time.time()
            c1, m1 = bot.cpu_ms(), machine_busy()
            time.sleep(0.5)
            result.update(preflight_card=card, calls=StubLog.by_route(self.stub.calls(t0, t1)),
                          bot_cpu_pct=(c1 - c0) / ((t1 - t0) * 1000) * 100,
                          bot_cpu_ms_per_click=(c1 - c0) / max(1, result["requests"]),
                          machine_pct=(m1[0] - m0[0]) / max(1, m1[1] - m0[1]) * 100 * (os.cpu_count() or 1))
            self.results["clicks"][verb] = result
            log(f"  {verb}: {result['requests'] / (result['duration_us'] / 1e6):.0f}/s, p50 {result['lat_p50_us'] / 1000:.2f} ms, "
                f"p99 {result['lat_p99_us'] / 1000:.2f} ms, errors {result['status_errors']}, calls {result['calls']}")
            if self.args.click_rate > 0:
                self.paced_clicks(bot, verb, template, card)

    def paced_clicks(self, bot: Bot, verb: str, template: Path, card: bool) -> None:
        """The same clicks at a fixed rate below saturation: what a click costs when the bot is not queueing."""
        pace_ms = max(1, round(self.args.concurrency * 1000 / self.args.click_rate))
        self.quiet()
        c0, m0 = bot.cpu_ms(), machine_busy()
        t0 = time.time()
        result = self.wrk(template, self.args.click_seconds, 62, pace_ms)
        t1 = time.time()
        c1, m1 = bot.cpu_ms(), machine_busy()
        time.sleep(0.5)
        result.update(preflight_card=card, calls=StubLog.by_route(self.stub.calls(t0, t1)),
                      bot_cpu_pct=(c1 - c0) / ((t1 - t0) * 1000) * 100,
                      bot_cpu_ms_per_click=(c1 - c0) / max(1, result["requests"]),
                      machine_pct=(m1[0] - m0[0]) / max(1, m1[1] - m0[1]) * 100 * (os.cpu_count() or 1))
        self.results["clicks"][f"{verb} at {self.args.click_rate}/s"] = result
        log(f"  {verb} paced ({pace_ms} ms per connection): {result['requests'] / (result['duration_us'] / 1e6):.0f}/s, "
            f"p50 {result['lat_p50_us'] / 1000:.2f} ms, p99 {result['lat_p99_us'] / 1000:.2f} ms, errors {result['status_errors']}")

    def quiet(self) -> None:
        """Waits (at most --quiet-wait s) for the machine's other work to calm down; the report shows what was left."""
        busy = wait_for_quiet_machine(self.args.quiet_wait, 30)
        if busy > 30:
            log(f"the machine stays busy ({busy:.0f}% of a core besides this benchmark); measuring anyway")

    def invoke_once(self, body: str) -> dict:
        request = urllib.request.Request(f"http://127.0.0.1:{self.bot_port}/api/messages", body.encode(),
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")

    def wrk(self, template: Path, seconds: float, phase: int, pace_ms: int = 0) -> dict:
        script = "paced-activity.lua" if pace_ms else "activity.lua"
        out = subprocess.run(
            ["wrk", "-t1", f"-c{self.args.concurrency}", f"-d{int(seconds)}s", "--latency", "-s", str(BENCH / "load" / script),
             f"http://127.0.0.1:{self.bot_port}", "--", str(template), str(phase)],
            capture_output=True, text=True, timeout=seconds + 30, check=True,
            env={**os.environ, "MEETINGBOT_PACE_MS": str(pace_ms)}).stdout
        (self.work / f"wrk-{template.stem}-{phase}.out").write_text(out)
        return json.loads(next(line for line in out.splitlines() if line.startswith("WRKJSON "))[8:])

    # ---------------- run
    def run(self) -> int:
        count, ended = self.args.meetings, self.args.ended
        everyone = list(range(1, count + 1))
        # Spread over the whole list (every n-th), so the pages after the first gap all shift.
        self.ended_ids = everyone[count // ended - 1::count // ended][:ended] if ended else []
        stopped, gone = self.ended_ids[0::2], self.ended_ids[1::2]
        links = not self.args.list_without_links
        write_stub_state(self.work / "all", everyone, [], [], links)
        write_stub_state(self.work / "ended", [n for n in everyone if n not in set(self.ended_ids)], stopped, gone, links)
        point_stub_at(self.work, "all")
        self.start_nginx()
        bot = None
        try:
            self.baseline()
            seed_meetings(self.db, count, self.service_url)
            log(f"seeded {count} running meetings; starting the bot (WatchInterval {self.args.watch_interval}, "
                f"WatchIntervalMax {self.args.watch_interval_max})")
            bot = self.start_bot("bot")
            self.idle_watching(bot)
            if ended:
                self.meetings_end(bot)
            if self.args.verbs:
                self.card_clicks(bot)
            self.results["rss_mb"] = bot.status().get("VmRSS", 0) / 1024
        finally:
            if bot is not None:
                bot.stop()
            if self.nginx and self.nginx.poll() is None:
                self.nginx.send_signal(signal.SIGQUIT)
                self.nginx.wait(10)
        (self.work / "results.json").write_text(json.dumps(self.results, indent=2))
        return self.report()

    def report(self) -> int:
        r, a = self.results, self.args
        pages = math.ceil(a.meetings / PAGE_SIZE)
        idle = r["idle"]
        lines = [f"# MeetingBot watcher and card-click benchmark — {self.stamp}", "",
                 f"- Bot: commit {git_commit()}, native AOT publish, own process, anonymous mode; "
                 f"`MeetingBot:WatchInterval` {a.watch_interval}, `WatchIntervalMax` {a.watch_interval_max} "
                 f"(defaults 00:00:15 / 00:00:45), `WatchParticipantReads` 8",
                 f"- {a.meetings} running meetings seeded in the bot's database, each with a posted card; the TrueConf stub "
                 f"lists them as running, {PAGE_SIZE} a page"
                 + (" **without links** in the entries (`--list-without-links`)" if a.list_without_links else ""), "",
                 "## Idle watching (nothing changes)", "",
                 "| metric | value | target |", "|---|---|---|",
                 f"| window | {idle['t1'] - idle['t0']:.0f} s, {idle['looks']} complete looks ({idle['looks_read']:.1f} by pages read) | |",
                 f"| list calls per look | {', '.join(str(p) for p in sorted(set(idle['pages_per_look'])))} | {pages} |",
                 f"| calls in window (by route) | {fmt_calls(idle['calls'])} | |",
                 f"| card updates (PUT) | {idle['calls'].get('cn.update', 0)} | 0 |",
                 f"| bot CPU (% of one core) | {idle['cpu_pct']:.2f} | < 2 |",
                 f"| bot CPU per look (ms) | {idle['cpu_ms_per_look']:.1f} | |",
                 f"| bot RSS after the window (MB) | {idle['rss_mb']:.0f} | |",
                 f"| bot CPU with an empty database (% of one core) | {r['empty']['cpu_pct']:.2f} | |",
                 f"| machine busy during the window (% of one core, 2 cores) | {idle['machine_pct']:.0f} | |", ""]
        if "ended_phase" in r:
            e = r["ended_phase"]
            lines += [f"## {a.ended} meetings end outside the chat", "",
                      f"Right after a complete look, {a.ended} conferences spread over the list leave it (the pages re-paged, "
                      f"{len(self.ended_ids[0::2])} answer `stopped`, {len(self.ended_ids[1::2])} answer 404).", "",
                      "| metric | value | target |", "|---|---|---|",
                      f"| all cards updated after | {e['seconds_to_last_card']:.1f} s | |",
                      f"| card updates (PUT) / distinct cards | {e['card_updates']} / {e['distinct_cards_updated']} | {a.ended} / {a.ended} |",
                      f"| single-conference reads (GET /conferences/{{id}}) / distinct | {e['conference_reads']} / {e['distinct_conferences_read']} | {a.ended} |",
                      f"| reads of conferences still running | {e['reads_of_still_running']} | 0 |",
                      f"| meetings recorded ended in the database | {e['ended_in_db']} | {a.ended} |",
                      f"| calls until {e['window_s']:.0f} s after the change ({e['looks']} complete looks) | {fmt_calls(e['calls'])} | |", ""]
        if r.get("clicks"):
            lines += [f"## Card clicks (`adaptiveCard/action` invoke), wrk c={a.concurrency}, {a.click_seconds:.0f} s after 5 s warm-up", "",
                      "| verb | clicks/s | HTTP p50 / p99 / max (ms) | non-2xx | bot CPU (% of one core) | bot CPU per click (ms) | stub calls in window | machine busy |",
                      "|---|---|---|---|---|---|---|---|"]
            for verb, c in r["clicks"].items():
                lines.append(f"| `{verb}` | {c['requests'] / (c['duration_us'] / 1e6):.0f} | {c['lat_p50_us'] / 1000:.2f} / "
                             f"{c['lat_p99_us'] / 1000:.2f} / {c['lat_max_us'] / 1000:.1f} | {c['status_errors']} | {c['bot_cpu_pct']:.0f} | "
                             f"{c['bot_cpu_ms_per_click']:.2f} | {fmt_calls(c['calls'])} | {c['machine_pct']:.0f}% |")
            lines += ["", "Rows `… at N/s` are the same clicks paced to N/s over the same connections (`--click-rate`): the latency of a click "
                      "when the bot is not saturated; the other rows are wrk as fast as the bot answers (queueing included).",
                      "", "Target: p99 < 50 ms at c=8 with TrueConf answering at once. Each click answered with the meeting card "
                      f"(checked once before the load: {all(c['preflight_card'] for c in r['clicks'].values())}).", ""]
        lines.append(f"Bot RSS at the end: {r.get('rss_mb', 0):.0f} MB. Raw material: `bench/.out/watch-{self.stamp}/`.")
        text = "\n".join(lines) + "\n"
        results = Path(a.results)
        results.mkdir(parents=True, exist_ok=True)
        (results / f"{self.stamp}-watch.md").write_text(text)
        print(text)
        return 0


def fmt_calls(calls: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in calls.items()) or "none"


def git_commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(BENCH), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", default=str(BENCH / ".out" / "app"), help="folder of the published bot")
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--ended", type=int, default=50, help="meetings that end outside the chat in phase 3 (0: skip)")
    parser.add_argument("--window", type=float, default=60, help="seconds of idle watching measured")
    parser.add_argument("--settle", type=float, default=20, help="seconds after start-up before the idle window")
    parser.add_argument("--after", type=float, default=12, help="seconds watched after the last ended card")
    parser.add_argument("--baseline", type=float, default=15, help="seconds of CPU sampling with an empty database")
    parser.add_argument("--watch-interval", default="00:00:02")
    parser.add_argument("--watch-interval-max", default="00:00:05")
    parser.add_argument("--verbs", type=lambda s: [v for v in s.split(",") if v], default=["meeting.refresh", "meeting.participants"])
    parser.add_argument("--concurrency", type=int, default=8, help="wrk connections for the clicks")
    parser.add_argument("--click-seconds", type=float, default=15)
    parser.add_argument("--click-rate", type=int, default=400,
                        help="clicks/s of the paced run after each saturating one (each connection waits between clicks); 0: none")
    parser.add_argument("--list-without-links", action="store_true",
                        help="list entries without url/webclient_url (as some servers answer): the bot then reads each by id")
    parser.add_argument("--quiet-wait", type=float, default=60, help="seconds to wait for a quiet machine before a phase")
    parser.add_argument("--bot-env", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--results", default=str(BENCH / "results"))
    return WatchBenchmark(parser.parse_args()).run()


if __name__ == "__main__":
    sys.exit(main())
