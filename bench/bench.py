#!/usr/bin/env python3
"""MeetingBot end-to-end load benchmark: orchestrates stubs, the built bot, wrk, /proc sampling and the report.

Run through bench/run.sh, which builds the bot first. Standard library only. Traffic goes to 127.0.0.1 only and
every phase is bounded in time. See bench/README.md for what is measured and how to read the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.server
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")

BOT_ID = "28:meetingbot-app-id"
CONVERSATION_ID = "19:7ab0c1@thread.tacv2;messageid=1791000000001"
CONFERENCE_ID = "4219111751"  # what the TrueConf stub's create call answers

# Phase codes carried in activity ids (see load/activity.lua).
PHASE_PREFLIGHT = 99
PHASE_COLD = 30  # + start number
PHASE_WARMUP = 10  # + concurrency index
PHASE_INITIAL_WARMUP = 19
PHASE_MEASURE = 20  # + concurrency index
PHASE_WARMUP_RETRY = 40  # a phase measured again because other work disturbed it
PHASE_MEASURE_RETRY = 50
PHASE_ROUND_TRIPS = 60
TYPING_DELAY_MS = 700  # MeetingBotOptions.TypingDelay default: typing is due only for commands slower than this

TARGETS = {
    "rps_c32": 4000.0,
    "e2e_p99_ms": 25.0,
    "peak_rss_mb": 120.0,
    "cold_card_ms": 600.0,
    "trueconf_per_command": 2.0,
    "connector_per_command": 1.0,
    "tokens_per_lifetime": 1,
    "new_connections": 0,
}


# --------------------------------------------------------------------------------------------- small helpers

def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port: int, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process {proc.args!r} exited with {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.01)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def proc_cpu_ms(pid: int) -> float:
    """utime + stime of one process, in milliseconds (clock-tick resolution)."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        text = f.read().decode()
    rest = text[text.rfind(")") + 2:].split()
    return (int(rest[11]) + int(rest[12])) * 1000.0 / CLK_TCK


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS, VmHWM, RssAnon, RssFile (kB) and Threads of one process."""
    values: dict[str, int] = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM", "Threads", "RssAnon", "RssFile", "RssShmem"):
                values[key] = int(value.split()[0])
    return values


def memory_by_mapping(pid: int) -> list[tuple[str, int]]:
    """Resident kB per mapped file (or [heap], [anon], memfd:…), largest first: where the RSS actually lives."""
    totals: dict[str, int] = {}
    name = "[anon]"
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            head = line.split(maxsplit=5)
            if "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
                name = head[5].strip() if len(head) > 5 else "[anon]"
                name = name.rsplit("/", 1)[-1] if name.startswith("/") else name
            elif head[0] == "Rss:":
                totals[name] = totals.get(name, 0) + int(head[1])
    return sorted(totals.items(), key=lambda kv: -kv[1])


def children_of(pid: int) -> list[int]:
    result = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    text = f.read().decode()
                if int(text[text.rfind(")") + 2:].split()[1]) == pid:
                    result.append(int(entry))
            except OSError:
                pass
    return result


def machine_busy() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs from /proc/stat."""
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:]]
    idle = parts[3] + parts[4]
    return sum(parts) - idle, sum(parts)


def self_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def wait_for_quiet_machine(max_wait: float, threshold_pct: float) -> float:
    """Waits (bounded) until the machine's CPUs are nearly idle over 3 s; returns the last busy % of one core."""
    deadline = time.monotonic() + max_wait
    while True:
        b0 = machine_busy()
        time.sleep(3)
        b1 = machine_busy()
        busy = (b1[0] - b0[0]) / max(1, b1[1] - b0[1]) * 100 * (os.cpu_count() or 1)
        if busy <= threshold_pct or time.monotonic() >= deadline:
            return busy
        log(f"machine busy at {busy:.0f}% of a core (other work running); waiting for it to calm down")


class RedisMonitor(threading.Thread):
    """Counts the commands clients send to a Redis server (MONITOR), leaving out those a Lua script runs inside:
    each counted command is one round trip (a script is one)."""

    def __init__(self, port: int):
        super().__init__(daemon=True)
        self.conn = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.conn.sendall(b"MONITOR\r\n")
        self.conn.settimeout(0.2)
        self.client_commands = 0
        self.script_commands = 0
        self.stopping = False

    def run(self) -> None:
        pending = b""
        while not self.stopping:
            try:
                chunk = self.conn.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            if not chunk:
                return
            pending += chunk
            *lines, pending = pending.split(b"\r\n")
            for line in lines:
                if not line.startswith(b"+") or b"] \"" not in line:
                    continue  # +OK of MONITOR itself
                if b" lua] " in line:
                    self.script_commands += 1
                else:
                    self.client_commands += 1

    def stop(self) -> None:
        time.sleep(0.3)
        self.stopping = True
        self.join(2)
        self.conn.close()


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def now_us() -> int:
    return time.time_ns() // 1000


def activity_id(phase: int, counter: int, thread: int = 0) -> str:
    return f"{now_us():016d}{phase:02d}{thread:02d}{counter:07d}"


def activity_json(service_url: str, activity: str = "@@ID@@", timestamp: str = "@@TS@@") -> str:
    """A Teams channel message as the Bot Connector posts it (reference bot-framework.md §2.7)."""
    text = "<at>MeetingBot</at> start meeting with kevin"
    body = {
        "text": text,
        "textFormat": "plain",
        "attachments": [{
            "contentType": "text/html",
            "content": '<p><span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">MeetingBot</span>'
                       "&nbsp;start meeting with kevin</p>",
        }],
        "type": "message",
        "timestamp": timestamp,
        "localTimestamp": timestamp,
        "id": activity,
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": "29:alex-aad", "name": "Alex Wilber", "aadObjectId": "00000000-0000-0000-0000-0000000000a1"},
        "conversation": {"isGroup": True, "conversationType": "channel", "tenantId": "tenant-1", "id": CONVERSATION_ID},
        "recipient": {"id": BOT_ID, "name": "MeetingBot"},
        "entities": [
            {"mentioned": {"id": BOT_ID, "name": "MeetingBot"}, "text": "<at>MeetingBot</at>", "type": "mention"},
            {"locale": "en-US", "country": "US", "platform": "Web", "timezone": "Europe/Berlin", "type": "clientInfo"},
        ],
        "channelData": {
            "teamsChannelId": "19:7ab0c1@thread.tacv2",
            "teamsTeamId": "19:team01@thread.tacv2",
            "channel": {"id": "19:7ab0c1@thread.tacv2"},
            "team": {"id": "19:team01@thread.tacv2"},
            "tenant": {"id": "tenant-1"},
        },
        "locale": "en-US",
        "localTimezone": "Europe/Berlin",
    }
    return json.dumps(body, separators=(",", ":"))


def iso_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def post_activity(port: int, body: bytes, timeout: float = 5.0) -> int:
    """One POST /api/messages on a fresh connection; returns the HTTP status. Raises OSError when not listening."""
    request = (
        b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json; charset=utf-8\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % (port, len(body))
    ) + body
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    if not data.startswith(b"HTTP/"):
        raise OSError("no HTTP answer")
    return int(data.split(b" ", 2)[1])


# --------------------------------------------------------------------------------------------- stub access log

@dataclass(slots=True)
class Call:
    t: float            # nginx $msec (seconds, ms resolution), when the answer was logged
    kind: str           # tc.token, tc.create, tc.run, tc.user_search, tc.user_get, cn.reply, cn.send, cn.member, *.other
    status: int
    conn: int           # nginx connection serial number
    length: int         # request body length (Content-Length), -1 when absent
    phase: int = -1     # for cn.reply: phase code from the activity id
    sent_us: int = 0    # for cn.reply: send time from the activity id
    activity: str = ""  # for cn.reply: the activity answered (one command)


class AccessLog:
    """Tails nginx's access log and classifies every stub call."""

    def __init__(self, path: Path, trueconf_port: int, connector_port: int):
        self.path = path
        self.tc = str(trueconf_port)
        self.cn = str(connector_port)
        self.offset = 0
        self.partial = b""
        self.calls: list[Call] = []
        self.replies_by_phase: dict[int, list[Call]] = {}
        self.last_growth = time.monotonic()
        self.unparsed = 0

    def poll(self) -> int:
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                data = f.read()
        except FileNotFoundError:
            return 0
        if not data:
            return 0
        self.offset += len(data)
        self.last_growth = time.monotonic()
        lines = (self.partial + data).split(b"\n")
        self.partial = lines.pop()
        for line in lines:
            self._parse(line.decode("utf-8", "replace"))
        return len(lines)

    def _parse(self, line: str) -> None:
        fields = line.split(" ")
        if len(fields) != 8:
            self.unparsed += 1
            return
        msec, port, method, uri, status, conn, _conn_requests, length = fields
        path = uri.split("?", 1)[0]
        segments = path.strip("/").split("/")
        kind = "other"
        phase, sent_us, activity = -1, 0, ""
        if port == self.tc:
            if path == "/oauth2/v1/token":
                kind = "tc.token"
            elif path == "/api/v3.8/conferences" and method == "POST":
                kind = "tc.create"
            elif len(segments) == 5 and segments[2] == "conferences" and segments[4] == "run":
                kind = "tc.run"
            elif path == "/api/v3.8/users":
                kind = "tc.user_search"
            elif len(segments) == 4 and segments[2] == "users":
                kind = "tc.user_get"
            else:
                kind = "tc.other"
        elif port == self.cn:
            if len(segments) == 5 and segments[0] == "v3" and segments[3] == "activities" and method == "POST":
                kind = "cn.reply"
                activity = urllib.parse.unquote(segments[4])
                if len(activity) == 27 and activity.isdigit():
                    sent_us = int(activity[:16])
                    phase = int(activity[16:18])
            elif len(segments) == 4 and segments[0] == "v3" and segments[3] == "activities" and method == "POST":
                kind = "cn.send"
            elif len(segments) == 5 and segments[0] == "v3" and segments[3] == "members" and method == "GET":
                kind = "cn.member"
            else:
                kind = "cn.other"
        call = Call(float(msec), kind, int(status), int(conn), int(length) if length.isdigit() else -1, phase, sent_us,
                    activity if kind == "cn.reply" else "")
        self.calls.append(call)
        if kind == "cn.reply":
            self.replies_by_phase.setdefault(phase, []).append(call)

    def cards(self, phase: int, card_min: int) -> list[Call]:
        return [c for c in self.replies_by_phase.get(phase, []) if 200 <= c.status < 300 and c.length >= card_min]

    def window(self, t0: float, t1: float) -> list[Call]:
        return [c for c in self.calls if t0 <= c.t <= t1]

    def max_conn_before(self, t0: float) -> int:
        return max((c.conn for c in self.calls if c.t < t0), default=0)

    def wait_cards(self, phase: int, expected: int, card_min: int, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while True:
            self.poll()
            have = len(self.cards(phase, card_min))
            if have >= expected or time.monotonic() > deadline:
                return have
            time.sleep(0.05)

    def wait_quiet(self, quiet: float = 0.6, timeout: float = 5.0) -> None:
        """Waits until the log has not grown for `quiet` seconds (nginx flushes its buffer every 200 ms)."""
        deadline = time.monotonic() + timeout
        self.poll()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            self.poll()
            if time.monotonic() - self.last_growth >= quiet:
                return


# --------------------------------------------------------------------------------------------- preflight capture

class CaptureServer:
    """A tiny Bot Connector used once before the load: it keeps the reply bodies so the card can be checked."""

    def __init__(self) -> None:
        self.bodies: list[tuple[str, bytes]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # noqa: D401 - silence
                pass

            def _answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                outer.bodies.append((self.path, self.rfile.read(length)))
                self._answer(201, b'{"id":"1"}')

            def do_GET(self):
                self._answer(200, json.dumps({
                    "id": "29:alex-aad", "name": "Alex Wilber", "email": "alexw@contoso.example",
                    "userPrincipalName": "alexw@contoso.example", "tenantId": "tenant-1", "userRole": "user",
                }).encode())

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --------------------------------------------------------------------------------------------- the bot process

class Bot:
    def __init__(self, app_dir: Path, port: int, trueconf_port: int, db: Path, log_path: Path, extra_env: dict[str, str]):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DOTNET_", "ASPNETCORE_", "COMPlus_", "Logging__"))}
        env.update({
            "DOTNET_NOLOGO": "1",
            "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
            "ASPNETCORE_ENVIRONMENT": "Production",
            "ASPNETCORE_URLS": f"http://127.0.0.1:{port}",
            "MicrosoftAppId": "",
            "MicrosoftAppPassword": "",
            "TrueConf__ServerUrl": f"http://127.0.0.1:{trueconf_port}",
            "TrueConf__ClientId": "meetingbot-bench",
            "TrueConf__ClientSecret": "bench-secret-0123456789",
            "Storage__SqlitePath": str(db),
            # Every command starts a meeting the watcher would track (tens of thousands in a run): hold it off here;
            # watch.py measures it.
            "MeetingBot__WatchInterval": "00:10:00",
            "MeetingBot__WatchIntervalMax": "00:10:00",
        })
        env.update(extra_env)
        self.port = port
        self.log_file = open(log_path, "ab")
        self.started_wall = time.time()
        self.started_mono = time.monotonic()
        native = app_dir / "MeetingBot"
        command = ([str(native.resolve())] if native.is_file() and not (app_dir / "MeetingBot.dll").exists()
                   else [shutil.which("dotnet") or "dotnet", str((app_dir / "MeetingBot.dll").resolve())])
        # Started by absolute path from another folder with the shipped appsettings.json (log levels included),
        # as App Service or systemd start it.
        self.proc = subprocess.Popen(
            command,
            cwd=db.parent, env=env, stdout=self.log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        self.pid = self.proc.pid

    def cpu_ms(self) -> float:
        return proc_cpu_ms(self.pid)

    def status(self) -> dict[str, int]:
        return proc_status(self.pid)

    def stop(self, timeout: float = 15.0) -> float:
        """SIGTERM, wait; returns the stop time (wall)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log_file.close()
        return time.time()


class RssSampler(threading.Thread):
    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.max_rss_kb = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            try:
                self.max_rss_kb = max(self.max_rss_kb, proc_status(self.pid).get("VmRSS", 0))
            except OSError:
                return
            self._stop_event.wait(self.interval)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.max_rss_kb


# --------------------------------------------------------------------------------------------- load phases

@dataclass
class PhaseResult:
    concurrency: int
    failures: list[str] = field(default_factory=list)
    wrk: dict = field(default_factory=dict)
    answered: int = 0
    cards: int = 0
    rps: float = 0.0
    cards_per_s: float = 0.0
    http_p50_ms: float = 0.0
    http_p99_ms: float = 0.0
    e2e_p50_ms: float = 0.0
    e2e_p90_ms: float = 0.0
    e2e_p99_ms: float = 0.0
    e2e_max_ms: float = 0.0
    bot_cpu_ms_per_cmd: float = 0.0
    bot_cpu_pct: float = 0.0
    nginx_cpu_pct: float = 0.0
    wrk_cpu_pct: float = 0.0
    machine_busy_pct: float = 0.0
    other_cpu_pct: float = 0.0
    rss_mb: float = 0.0
    max_rss_mb: float = 0.0
    peak_rss_mb: float = 0.0
    threads: int = 0
    rss_anon_mb: float = 0.0
    rss_file_mb: float = 0.0
    rss_shmem_mb: float = 0.0
    commands_in_window: int = 0
    redis_cpu_pct: float = 0.0
    instance_cpu_pct: list = field(default_factory=list)  # each bot instance's, when there are several
    lb_cpu_pct: float = 0.0  # the load balancer's nginx, when there are several instances
    conferences_created: int = 0
    duplicate_cards: int = 0  # cards beyond the first for one command
    trueconf_per_cmd: float = 0.0
    connector_per_cmd: float = 0.0
    calls: dict = field(default_factory=dict)
    tokens_after_warmup: int = 0
    new_conn_trueconf: int = 0
    new_conn_connector: int = 0
    conns_trueconf: int = 0
    conns_connector: int = 0
    stub_non2xx: int = 0
    non_card_replies: int = 0
    slower_than_typing: int = 0
    typing_per_cmd: float = 0.0
    reply_length_min: int = 0
    reply_length_max: int = 0
    memory_by_mapping: list = field(default_factory=list)


class Benchmark:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        self.stamp = stamp
        self.work = (BENCH / ".out" / f"run-{stamp}").resolve()
        self.work.mkdir(parents=True, exist_ok=True)
        self.app_dir = Path(args.app).resolve()
        self.bot_port = free_port()
        self.tc_port = free_port()
        self.cn_port = free_port()
        self.extra_env = dict(kv.split("=", 1) for kv in args.bot_env)
        self.card_min = 0
        self.card_bytes = 0
        self.nginx: subprocess.Popen | None = None
        self.log: AccessLog | None = None
        self.cold: list[dict] = []
        self.results: list[PhaseResult] = []
        self.lifetime: dict = {}
        self.notes: list[str] = []
        self.trace_top = ""
        self.redis: subprocess.Popen | None = None
        self.redis_trips: tuple[float, float] | None = None
        self.redis_port = free_port() if args.storage == "redis" else 0
        # Several instances: the first on bot_port, the others on ports of their own, nginx in front of them on lb_port.
        self.bot_ports = [self.bot_port] + [free_port() for _ in range(args.instances - 1)]
        self.lb: subprocess.Popen | None = None
        self.lb_port = free_port() if args.instances > 1 else 0

    @property
    def front_port(self) -> int:
        """Where the load goes: the load balancer when there are several instances, else the bot."""
        return self.lb_port or self.bot_port

    def launch_description(self) -> str:
        if (self.app_dir / "MeetingBot.dll").exists():
            return "JIT: `dotnet MeetingBot.dll`"
        return "native AOT: `./MeetingBot`"

    # ---------------- stubs
    def start_nginx(self) -> None:
        conf = (BENCH / "stubs" / "nginx.conf.in").read_text()
        conf = (conf.replace("@@WORK@@", str(self.work)).replace("@@TRUECONF_PORT@@", str(self.tc_port))
                .replace("@@CONNECTOR_PORT@@", str(self.cn_port)))
        (self.work / "nginx.conf").write_text(conf)
        self.nginx = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(self.work), "-c", str(self.work / "nginx.conf"),
             "-e", str(self.work / "nginx-error.log")],
            stdout=open(self.work / "nginx.out", "wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wait_listening(self.tc_port, 10, self.nginx)
        wait_listening(self.cn_port, 10, self.nginx)
        self.log = AccessLog(self.work / "access.log", self.tc_port, self.cn_port)
        log(f"stubs: nginx pid {self.nginx.pid}, TrueConf http://127.0.0.1:{self.tc_port}, "
            f"Connector http://127.0.0.1:{self.cn_port}")

    def start_redis(self) -> None:
        self.redis = subprocess.Popen(
            [shutil.which("redis-server") or "/usr/bin/redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", str(self.work)],
            stdout=open(self.work / "redis.out", "wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wait_listening(self.redis_port, 10, self.redis)
        log(f"store: redis-server pid {self.redis.pid} on 127.0.0.1:{self.redis_port}")

    def start_lb(self) -> None:
        """nginx as the load balancer in front of the instances (a process apart from the stubs' nginx)."""
        lb = self.work / "lb"
        lb.mkdir(exist_ok=True)
        conf = (BENCH / "stubs" / "lb-nginx.conf.in").read_text()
        conf = (conf.replace("@@LB@@", str(lb)).replace("@@LB_PORT@@", str(self.lb_port))
                .replace("@@BOT1_PORT@@", str(self.bot_ports[0])).replace("@@BOT2_PORT@@", str(self.bot_ports[1])))
        (lb / "nginx.conf").write_text(conf)
        self.lb = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(lb), "-c", str(lb / "nginx.conf"), "-e", str(lb / "error.log")],
            stdout=open(lb / "nginx.out", "wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wait_listening(self.lb_port, 10, self.lb)
        log(f"load balancer: nginx pid {self.lb.pid} on 127.0.0.1:{self.lb_port}, round robin over "
            + ", ".join(f"127.0.0.1:{port}" for port in self.bot_ports))

    def lb_cpu_ms(self) -> float:
        return sum(proc_cpu_ms(pid) for pid in [self.lb.pid, *children_of(self.lb.pid)]) if self.lb else 0.0

    def stop_lb(self) -> None:
        if self.lb and self.lb.poll() is None:
            self.lb.send_signal(signal.SIGQUIT)
            try:
                self.lb.wait(10)
            except subprocess.TimeoutExpired:
                self.lb.kill()
                self.lb.wait()

    def redis_cpu_ms(self) -> float:
        return proc_cpu_ms(self.redis.pid) if self.redis else 0.0

    def stop_redis(self) -> None:
        if self.redis and self.redis.poll() is None:
            self.redis.terminate()
            self.redis.wait(10)

    def nginx_pids(self) -> list[int]:
        assert self.nginx is not None
        return [self.nginx.pid, *children_of(self.nginx.pid)]

    def nginx_cpu_ms(self) -> float:
        return sum(proc_cpu_ms(pid) for pid in self.nginx_pids())

    def stop_nginx(self) -> None:
        if self.nginx and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)
            try:
                self.nginx.wait(10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait()

    @property
    def service_url(self) -> str:
        return f"http://127.0.0.1:{self.cn_port}/"

    def start_bot(self, name: str, port: int | None = None, prefix: str | None = None) -> Bot:
        db = self.work / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        env = dict(self.extra_env)
        if self.redis is not None:
            # A key prefix of its own per bot: as fresh as a new database file.
            env.update({"Storage__Provider": "Redis", "Storage__Redis__ConnectionString": f"127.0.0.1:{self.redis_port}",
                        "Storage__Redis__KeyPrefix": prefix or f"bench-{self.stamp}-{name}"})
        return Bot(self.app_dir, port or self.bot_port, self.tc_port, db, self.work / f"{name}.log", env)

    # ---------------- cold start
    def cold_starts(self) -> None:
        assert self.log is not None
        body_template = activity_json(self.service_url)
        for run in range(self.args.cold_starts):
            phase = PHASE_COLD + run
            bot = self.start_bot(f"cold{run + 1}")
            t_http = None
            attempts = 0
            while time.monotonic() - bot.started_mono < 30:
                if bot.proc.poll() is not None:
                    raise RuntimeError(f"the bot exited with {bot.proc.returncode}; see {self.work}/cold{run + 1}.log")
                attempts += 1
                ident = activity_id(phase, attempts)
                body = body_template.replace("@@ID@@", ident).replace("@@TS@@", iso_now()).encode()
                try:
                    status = post_activity(self.bot_port, body)
                except OSError:
                    time.sleep(0.002)
                    continue
                if 200 <= status < 300:
                    t_http = (time.monotonic() - bot.started_mono) * 1000
                    break
                time.sleep(0.005)
            if t_http is None:
                raise RuntimeError("the bot never answered 2xx within 30 s")
            self.log.wait_cards(phase, 1, 0, 20)
            cards = self.log.cards(phase, 0)
            t_card = (cards[0].t - bot.started_wall) * 1000 + 0.5 if cards else float("nan")
            rss = bot.status().get("VmRSS", 0) / 1024
            bot.stop()
            self.cold.append({"http_ms": t_http, "card_ms": t_card, "rss_mb": rss, "attempts": attempts,
                              "reply_bytes": cards[0].length if cards else 0})
            log(f"cold start {run + 1}: first 2xx {t_http:.0f} ms, first card {t_card:.0f} ms, RSS {rss:.0f} MB")
        self.log.wait_quiet()

    # ---------------- Redis round trips
    def redis_round_trips(self, commands: int = 50) -> None:
        """Start commands one at a time under MONITOR (which slows Redis: not during a measured phase)."""
        assert self.log is not None
        monitor = RedisMonitor(self.redis_port)
        monitor.start()
        body_template = activity_json(self.service_url)
        for i in range(commands):
            body = body_template.replace("@@ID@@", activity_id(PHASE_ROUND_TRIPS, i)).replace("@@TS@@", iso_now()).encode()
            if not 200 <= post_activity(self.front_port, body) < 300:
                raise RuntimeError("round-trip phase: the bot refused a command")
            self.log.wait_cards(PHASE_ROUND_TRIPS, i + 1, self.card_min, 15)
        self.log.wait_quiet()
        monitor.stop()
        self.redis_trips = (monitor.client_commands / commands, monitor.script_commands / commands)
        log(f"Redis: {self.redis_trips[0]:.2f} round trips per start command "
            f"({self.redis_trips[1]:.1f} commands inside scripts)")

    # ---------------- preflight
    def preflight(self, bot: Bot) -> None:
        """One command against a capturing connector: the reply must be the meeting card. Calibrates card size."""
        capture = CaptureServer()
        try:
            ident = activity_id(PHASE_PREFLIGHT, 1)
            body = activity_json(f"http://127.0.0.1:{capture.port}/").replace("@@ID@@", ident).replace("@@TS@@", iso_now())
            status = post_activity(self.bot_port, body.encode())
            if not 200 <= status < 300:
                raise RuntimeError(f"preflight: the bot answered {status}")
            deadline = time.monotonic() + 15
            reply = None
            while time.monotonic() < deadline and reply is None:
                for path, data in list(capture.bodies):
                    if path.endswith("/activities/" + ident):
                        reply = data
                time.sleep(0.02)
            if reply is None:
                raise RuntimeError(f"preflight: no reply reached the connector; bodies seen: {capture.bodies!r}")
        finally:
            capture.close()
        (self.work / "preflight-reply.json").write_bytes(reply)
        activity = json.loads(reply)
        attachments = activity.get("attachments") or []
        ok = (activity.get("type") == "message" and attachments
              and attachments[0].get("contentType") == "application/vnd.microsoft.card.adaptive"
              and attachments[0].get("content", {}).get("type") == "AdaptiveCard"
              and CONFERENCE_ID in reply.decode() and "webrtc" in reply.decode())
        if not ok:
            raise RuntimeError(f"preflight: the reply is not the meeting card: {reply[:600]!r}")
        self.card_bytes = len(reply)
        # A text notice (failure) is a few hundred bytes; the card is well over a kilobyte.
        self.card_min = int(self.card_bytes * 0.6)
        log(f"preflight: card OK ({self.card_bytes} bytes; replies of ≥ {self.card_min} bytes count as cards)")

    # ---------------- load
    def run_wrk(self, concurrency: int, seconds: float, phase: int, template: Path) -> tuple[dict, float, float]:
        out_path = self.work / f"wrk-{phase}.out"
        with open(out_path, "wb") as out:
            proc = subprocess.Popen(
                [shutil.which("wrk") or "wrk", "-t", str(self.args.wrk_threads), "-c", str(concurrency),
                 "-d", f"{int(round(seconds))}s", "--timeout", "5s", "-s", str(BENCH / "load" / "activity.lua"),
                 f"http://127.0.0.1:{self.front_port}", "--", str(template), str(phase)],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        text = out_path.read_text()
        match = re.search(r"^WRKJSON (\{.*\})$", text, re.M)
        if proc.returncode != 0 or not match:
            raise RuntimeError(f"wrk failed ({proc.returncode}):\n{text}")
        return json.loads(match.group(1)), (usage.ru_utime + usage.ru_stime) * 1000, time.time()

    def load_phase(self, bot: Bot, index: int, concurrency: int, template: Path, attempt: int = 0,
                   others: list[Bot] | None = None) -> PhaseResult:
        """`bot` and the `others` instances take the load (through the load balancer when there are others); memory is `bot`'s."""
        assert self.log is not None
        result = PhaseResult(concurrency)
        bots = [bot, *(others or [])]

        # Warm-up at the same concurrency, fully drained, so the measured window starts in steady state.
        warm_phase = (PHASE_WARMUP if attempt == 0 else PHASE_WARMUP_RETRY) + index
        warm, _, _ = self.run_wrk(concurrency, self.args.warmup, warm_phase, template)
        warm_answered = warm["requests"] - warm["status_errors"]
        got = self.log.wait_cards(warm_phase, warm_answered, self.card_min, 30)
        if got < warm_answered:
            result.failures.append(f"warm-up: {got} cards for {warm_answered} answered commands")
        self.log.wait_quiet()

        phase = (PHASE_MEASURE if attempt == 0 else PHASE_MEASURE_RETRY) + index
        sampler = RssSampler(bot.pid)
        sampler.start()
        t0 = time.time()
        cpus0 = [b.cpu_ms() for b in bots]
        nginx_cpu0, busy0, self_cpu0 = self.nginx_cpu_ms(), machine_busy(), self_cpu_ms()
        redis_cpu0, lb_cpu0 = self.redis_cpu_ms(), self.lb_cpu_ms()
        wrk, wrk_cpu, t_wrk_end = self.run_wrk(concurrency, self.args.duration, phase, template)
        cpus_w = [b.cpu_ms() for b in bots]
        nginx_cpu_w, busy_w, self_cpu_w = self.nginx_cpu_ms(), machine_busy(), self_cpu_ms()
        redis_cpu_w, lb_cpu_w = self.redis_cpu_ms(), self.lb_cpu_ms()
        answered = wrk["requests"] - wrk["status_errors"]
        cards_got = self.log.wait_cards(phase, answered, self.card_min, 30)
        self.log.wait_quiet()
        t1 = time.time()
        cpus1 = [b.cpu_ms() for b in bots]
        result.max_rss_mb = sampler.stop() / 1024
        status = bot.status()

        wrk_seconds = wrk["duration_us"] / 1e6
        wall_wrk = t_wrk_end - t0
        result.wrk = wrk
        result.answered = answered
        result.cards = cards_got
        result.rps = wrk["requests"] / wrk_seconds
        result.http_p50_ms = wrk["lat_p50_us"] / 1000
        result.http_p99_ms = wrk["lat_p99_us"] / 1000

        cards = self.log.cards(phase, self.card_min)
        e2e = sorted(max(0.0, (c.t + 0.0005) * 1000 - c.sent_us / 1000) for c in cards)
        result.e2e_p50_ms = percentile(e2e, 50)
        result.e2e_p90_ms = percentile(e2e, 90)
        result.e2e_p99_ms = percentile(e2e, 99)
        result.e2e_max_ms = e2e[-1] if e2e else float("nan")
        result.slower_than_typing = sum(1 for v in e2e if v > TYPING_DELAY_MS)
        if cards:
            result.cards_per_s = len(cards) / max(1e-3, max(c.t for c in cards) + 0.0005 - t0)

        window = self.log.window(t0, t1)
        kinds: dict[str, int] = {}
        for call in window:
            kinds[call.kind] = kinds.get(call.kind, 0) + 1
        replies = [c for c in window if c.kind == "cn.reply"]
        commands = len(replies)
        result.commands_in_window = commands
        result.calls = kinds
        tc_calls = sum(v for k, v in kinds.items() if k.startswith("tc."))
        cn_calls = sum(v for k, v in kinds.items() if k.startswith("cn."))
        result.trueconf_per_cmd = tc_calls / commands if commands else float("nan")
        result.connector_per_cmd = cn_calls / commands if commands else float("nan")
        result.tokens_after_warmup = kinds.get("tc.token", 0)
        result.typing_per_cmd = kinds.get("cn.send", 0) / commands if commands else float("nan")
        result.non_card_replies = sum(1 for c in replies if c.length < self.card_min)
        result.duplicate_cards = len(cards) - len({c.activity for c in cards})
        result.conferences_created = kinds.get("tc.create", 0)
        if replies:
            result.reply_length_min = min(c.length for c in replies)
            result.reply_length_max = max(c.length for c in replies)
        prior = self.log.max_conn_before(t0)
        tc_conns = {c.conn for c in window if c.kind.startswith("tc.")}
        cn_conns = {c.conn for c in window if c.kind.startswith("cn.")}
        result.conns_trueconf, result.conns_connector = len(tc_conns), len(cn_conns)
        result.new_conn_trueconf = sum(1 for c in tc_conns if c > prior)
        result.new_conn_connector = sum(1 for c in cn_conns if c > prior)
        result.stub_non2xx = sum(1 for c in window if not 200 <= c.status < 300)

        result.bot_cpu_ms_per_cmd = (sum(cpus1) - sum(cpus0)) / commands if commands else float("nan")
        if self.redis is not None:
            result.redis_cpu_pct = (redis_cpu_w - redis_cpu0) / (wall_wrk * 1000) * 100
        result.instance_cpu_pct = [(w - c0) / (wall_wrk * 1000) * 100 for w, c0 in zip(cpus_w, cpus0)]
        result.bot_cpu_pct = sum(result.instance_cpu_pct)
        result.lb_cpu_pct = (lb_cpu_w - lb_cpu0) / (wall_wrk * 1000) * 100
        result.nginx_cpu_pct = (nginx_cpu_w - nginx_cpu0) / (wall_wrk * 1000) * 100
        result.wrk_cpu_pct = wrk_cpu / (wall_wrk * 1000) * 100
        busy = busy_w[0] - busy0[0]
        total = busy_w[1] - busy0[1]
        result.machine_busy_pct = busy / total * 100 * (os.cpu_count() or 1) if total else float("nan")
        ours = (result.bot_cpu_pct + result.nginx_cpu_pct + result.wrk_cpu_pct + result.redis_cpu_pct + result.lb_cpu_pct
                + (self_cpu_w - self_cpu0) / (wall_wrk * 1000) * 100)
        result.other_cpu_pct = max(0.0, result.machine_busy_pct - ours)
        result.rss_mb = status.get("VmRSS", 0) / 1024
        result.peak_rss_mb = status.get("VmHWM", 0) / 1024
        result.threads = status.get("Threads", 0)
        result.rss_anon_mb = status.get("RssAnon", 0) / 1024
        result.rss_file_mb = status.get("RssFile", 0) / 1024
        result.rss_shmem_mb = status.get("RssShmem", 0) / 1024
        result.memory_by_mapping = memory_by_mapping(bot.pid)
        (self.work / f"memory-by-mapping-c{concurrency}.txt").write_text(
            "".join(f"{kb:>8} kB  {name}\n" for name, kb in result.memory_by_mapping))

        if cards_got < answered:
            result.failures.append(f"{answered - cards_got} of {answered} answered commands got no card")
        if result.stub_non2xx:
            result.failures.append(f"stubs answered non-2xx {result.stub_non2xx} times")
        if result.non_card_replies:
            result.failures.append(f"{result.non_card_replies} replies were not meeting cards (notices)")
        if result.duplicate_cards:
            result.failures.append(f"{result.duplicate_cards} commands got more than one card")
        # wrk stops with commands in flight: they were accepted and carded in the window, just not counted by wrk.
        if result.conferences_created != len({c.activity for c in cards}):
            result.failures.append(
                f"{result.conferences_created} conferences created for {len({c.activity for c in cards})} commands carded in the window")
        bot_errors = wrk["status_errors"] + wrk["timeouts"] + wrk["connect_errors"] + wrk["read_errors"] + wrk["write_errors"]
        if bot_errors:
            result.failures.append(
                f"bot: {wrk['status_errors']} non-2xx, {wrk['timeouts']} timeouts, "
                f"{wrk['connect_errors'] + wrk['read_errors'] + wrk['write_errors']} socket errors")
        log(f"c={concurrency}: {result.rps:.0f} req/s, cards {cards_got}/{answered}, HTTP p99 {result.http_p99_ms:.2f} ms, "
            f"e2e p50 {result.e2e_p50_ms:.1f} / p99 {result.e2e_p99_ms:.1f} ms, bot CPU {result.bot_cpu_pct:.0f}%"
            + (" (" + " + ".join(f"{v:.0f}" for v in result.instance_cpu_pct) + f"), load balancer {result.lb_cpu_pct:.0f}%"
               if len(bots) > 1 else "") + ", "
            f"peak RSS {result.peak_rss_mb:.0f} MB" + (f" — FAILED: {'; '.join(result.failures)}" if result.failures else ""))
        return result

    # ---------------- optional CPU profile
    def trace(self, bot: Bot, concurrency: int, template: Path) -> None:
        """dotnet-trace cpu-sampling of the bot under load (an extra phase, not in the table)."""
        tool = shutil.which("dotnet-trace") or str(Path.home() / ".dotnet" / "tools" / "dotnet-trace")
        if not Path(tool).exists():
            self.notes.append("--trace: dotnet-trace not found (dotnet tool install -g dotnet-trace)")
            return
        seconds = int(self.args.trace)
        out = self.work / "bot.nettrace"
        log(f"profiling the bot for {seconds} s at c={concurrency} (dotnet-trace cpu-sampling)")
        tracer = subprocess.Popen(
            [tool, "collect", "-p", str(bot.pid), "--profile", "dotnet-sampled-thread-time", "--duration",
             f"00:00:{seconds:02d}", "--format", "speedscope", "-o", str(out)],
            stdout=open(self.work / "trace.out", "wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        time.sleep(1.5)
        self.run_wrk(concurrency, seconds + 2, 98, template)
        tracer.wait(120)
        self.log.wait_quiet()
        speedscope = out.with_suffix(".speedscope.json")
        if speedscope.exists():
            top = subprocess.run([sys.executable, str(BENCH / "tools" / "speedscope_top.py"), str(speedscope)],
                                 capture_output=True, text=True).stdout
            (self.work / "trace-top.txt").write_text(top)
            self.trace_top = top
            log(f"profile summary: {self.work / 'trace-top.txt'}")
        else:
            self.notes.append(f"--trace: no speedscope file; see {self.work / 'trace.out'}")

    # ---------------- whole run
    def run(self) -> int:
        log(f"work dir {self.work}")
        if self.args.quiet_wait > 0:
            busy = wait_for_quiet_machine(self.args.quiet_wait, self.args.max_other_cpu)
            if busy > self.args.max_other_cpu:
                self.notes.append(f"before the run the machine was already {busy:.0f}% busy (of one core) with other work.")
        self.start_nginx()
        if self.args.storage == "redis":
            self.start_redis()
        bot: Bot | None = None
        others: list[Bot] = []
        try:
            template = self.work / "activity-template.json"
            template.write_text(activity_json(self.service_url))
            if self.args.cold_starts:
                self.cold_starts()
            # Several instances share one key prefix: one bot's state, as App Service instances share it.
            shared = f"bench-{self.stamp}-bot" if self.lb_port else None
            bot = self.start_bot("bot", prefix=shared)
            others = [self.start_bot(f"bot{i + 1}", port, shared) for i, port in enumerate(self.bot_ports[1:], start=1)]
            for instance in [bot, *others]:
                wait_listening(instance.port, 30, instance.proc)
            if self.lb_port:
                self.start_lb()
            self.preflight(bot)
            if self.redis is not None:
                self.redis_round_trips()
            if self.args.initial_warmup > 0:
                # A fresh process runs tier-0 / instrumented code for a while: let tiered JIT settle first, so the
                # first phase is measured in steady state like the others.
                top = max(self.args.concurrency)
                log(f"initial warm-up: {self.args.initial_warmup:g} s at c={top}")
                warm, _, _ = self.run_wrk(top, self.args.initial_warmup, PHASE_INITIAL_WARMUP, template)
                self.log.wait_cards(PHASE_INITIAL_WARMUP, warm["requests"] - warm["status_errors"], self.card_min, 30)
                self.log.wait_quiet()
            for index, concurrency in enumerate(self.args.concurrency):
                result = None
                for attempt in range(1 + self.args.retries):
                    if self.args.quiet_wait > 0:
                        wait_for_quiet_machine(min(60.0, self.args.quiet_wait), self.args.max_other_cpu)
                    result = self.load_phase(bot, index, concurrency, template, attempt, others)
                    if result.other_cpu_pct <= self.args.max_other_cpu:
                        break
                    log(f"c={concurrency}: other processes used {result.other_cpu_pct:.0f}% of a core; "
                        + ("measuring again" if attempt < self.args.retries else "keeping this measurement"))
                assert result is not None
                if result.other_cpu_pct > self.args.max_other_cpu:
                    self.notes.append(
                        f"c={concurrency}: other processes on the machine used {result.other_cpu_pct:.0f}% of a core "
                        "during the measurement: the machine was not quiet, so throughput and latency are understated.")
                self.results.append(result)
            if self.args.trace:
                self.trace(bot, self.args.concurrency[-1], template)
            t_stop_begin = time.time()
            started = bot.started_wall
            stopped = max([bot.stop(), *(other.stop() for other in others)])
            bot, others = None, []
            assert self.log is not None
            self.log.wait_quiet()
            lifetime = self.log.window(started, stopped)
            bot_log = (self.work / "bot.log").read_text(errors="replace").splitlines()
            self.lifetime = {
                "tokens": sum(1 for c in lifetime if c.kind == "tc.token"),
                "stub_calls": len(lifetime),
                "stub_non2xx": sum(1 for c in lifetime if not 200 <= c.status < 300),
                "connections": len({c.conn for c in lifetime}),
                "shutdown_ms": (stopped - t_stop_begin) * 1000,
                "log_fail": sum(1 for line in bot_log if line.startswith(("fail:", "crit:"))),
                "log_warn": sum(1 for line in bot_log if line.startswith("warn:")),
            }
        finally:
            for instance in ([bot] if bot is not None else []) + others:
                instance.stop()
            self.stop_lb()
            self.stop_nginx()
            self.stop_redis()
        return self.report()

    # ---------------- report
    def machine(self) -> dict[str, str]:
        model = "?"
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem_kb = int(f.readline().split()[1])

        def run(*cmd: str) -> str:
            try:
                return subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout.strip()
            except OSError:
                return "?"

        runtimes = [line.split(" [")[0] for line in run("dotnet", "--list-runtimes").splitlines() if "AspNetCore" in line]
        commit = run("git", "-C", str(REPO), "rev-parse", "--short", "HEAD")
        dirty = run("git", "-C", str(REPO), "status", "--porcelain", "--", "src")
        return {
            "cpus": f"{os.cpu_count()} × {model}",
            "memory": f"{mem_kb / 1024 / 1024:.1f} GiB",
            "kernel": platform.release(),
            "runtime": (", ".join(runtimes) or "?") + f" (SDK {run('dotnet', '--version')})",
            "nginx": run("nginx", "-v") or subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip(),
            "wrk": (run("wrk", "-v").splitlines() or ["?"])[0].split(" Copyright")[0],
            "commit": commit + (" (src/ modified)" if dirty else ""),
        }

    def report(self) -> int:
        machine = self.machine()
        if self.cold and self.card_min and any(c["reply_bytes"] < self.card_min for c in self.cold):
            self.notes.append("a cold start's first reply was shorter than a meeting card (a notice?): see cold*.log")
        failed = any(r.failures for r in self.results)
        f1 = lambda v: "n/a" if v != v else f"{v:.1f}"  # noqa: E731 - NaN-safe
        f2 = lambda v: "n/a" if v != v else f"{v:.2f}"  # noqa: E731
        cols = self.results
        lines = [
            f"# MeetingBot end-to-end benchmark — {self.stamp}",
            "",
            f"- Machine: {machine['cpus']}, {machine['memory']} RAM, Linux {machine['kernel']}",
            f"- Runtime: {machine['runtime']}; stubs {machine['nginx']}; load {machine['wrk']}",
            f"- Bot: commit {machine['commit']}, Release publish, own process ({self.launch_description()}), anonymous mode, "
            f"log level Warning{', env ' + ' '.join(self.args.bot_env) if self.args.bot_env else ''}; "
            f"store: {'Redis (local redis-server, no persistence)' if self.args.storage == 'redis' else 'SQLite file'}"
            + (f"; **{self.args.instances} instances** on one key prefix behind nginx (round robin, keep-alive)"
               if self.args.instances > 1 else ""),
            f"- Load: `<at>MeetingBot</at> start meeting with kevin` (Teams channel message with mention entity, new id "
            f"per request); wrk {self.args.wrk_threads} thread(s); {self.args.initial_warmup:g} s initial warm-up at the "
            f"highest concurrency, then per concurrency a warm-up of {self.args.warmup:g} s and "
            f"{self.args.duration:g} s measured per concurrency",
            f"- Verdict: **{'FAILED' if failed else 'OK'}**" + ("" if not failed else " (see the result row)"),
            "",
            "## Load",
            "",
            "| metric | " + " | ".join(f"c={r.concurrency}" for r in cols) + " | target |",
            "|---|" + "---|" * len(cols) + "---|",
        ]

        def row(name: str, values: list[str], target: str = "") -> None:
            lines.append(f"| {name} | " + " | ".join(values) + f" | {target} |")

        row("result", ["OK" if not r.failures else "FAILED: " + "; ".join(r.failures) for r in cols])
        row("requests/s (HTTP 2xx answers)", [f"{r.rps:.0f}" for r in cols], "≥ 4000 at c=32")
        row("cards/s at the connector", [f"{r.cards_per_s:.0f}" for r in cols])
        row("commands answered / cards delivered", [f"{r.answered} / {r.cards}" for r in cols], "all")
        row("HTTP answer p50 / p99 (ms)", [f"{f2(r.http_p50_ms)} / {f2(r.http_p99_ms)}" for r in cols])
        row("end to end p50 / p99 (ms)", [f"{f1(r.e2e_p50_ms)} / {f1(r.e2e_p99_ms)}" for r in cols], "p99 ≤ 25")
        row("end to end p90 / max (ms)", [f"{f1(r.e2e_p90_ms)} / {f1(r.e2e_max_ms)}" for r in cols])
        row("bot CPU per command (ms)", [f2(r.bot_cpu_ms_per_cmd) for r in cols])
        row("bot CPU (% of one core)", [f"{r.bot_cpu_pct:.0f}" for r in cols])
        if self.args.instances > 1:
            row("bot CPU per instance (% of one core)", [" / ".join(f"{v:.0f}" for v in r.instance_cpu_pct) for r in cols])
            row("load balancer CPU, nginx (% of one core)", [f"{r.lb_cpu_pct:.0f}" for r in cols])
        row("conferences created / commands with more than one card",
            [f"{r.conferences_created} / {r.duplicate_cards}" for r in cols], "one per command / 0")
        row("bot RSS at end / max in phase (MB)", [f"{r.rss_mb:.0f} / {r.max_rss_mb:.0f}" for r in cols])
        row("bot peak RSS since start, VmHWM (MB)", [f"{r.peak_rss_mb:.0f}" for r in cols], "≤ 120")
        row("bot RSS at end: anonymous / file-backed / shared (MB)",
            [f"{r.rss_anon_mb:.0f} / {r.rss_file_mb:.0f} / {r.rss_shmem_mb:.0f}" for r in cols])
        row("bot threads", [str(r.threads) for r in cols])
        row("TrueConf calls per command", [f2(r.trueconf_per_cmd) for r in cols], "2")
        row("connector calls per command", [f2(r.connector_per_cmd) for r in cols], "1 (+1 typing)")
        row(f"typing sends per command / cards slower than {TYPING_DELAY_MS} ms",
            [f"{f2(r.typing_per_cmd)} / {r.slower_than_typing}" for r in cols], "typing only when slow")
        row("calls in window (by route)", [", ".join(f"{k} {v}" for k, v in sorted(r.calls.items())) for r in cols])
        row("token requests after warm-up", [str(r.tokens_after_warmup) for r in cols], "0")
        row("new TCP connections TrueConf / connector", [f"{r.new_conn_trueconf} / {r.new_conn_connector}" for r in cols], "0 / 0")
        row("connections in use TrueConf / connector", [f"{r.conns_trueconf} / {r.conns_connector}" for r in cols])
        row("stub non-2xx answers", [str(r.stub_non2xx) for r in cols], "0")
        if self.args.storage == "redis":
            row("store CPU, redis-server (% of one core)", [f"{r.redis_cpu_pct:.0f}" for r in cols])
        row("stub CPU, nginx (% of one core)", [f"{r.nginx_cpu_pct:.0f}" for r in cols])
        row("load generator CPU, wrk (% of one core)", [f"{r.wrk_cpu_pct:.0f}" for r in cols])
        row(f"machine busy (% of one core, {os.cpu_count()} cores)", [f"{r.machine_busy_pct:.0f}" for r in cols])
        row("other processes on the machine (% of one core)", [f"{r.other_cpu_pct:.0f}" for r in cols], "≈ 0")
        lines.append("")
        for note in self.notes:
            lines.append(f"> **Note:** {note}")
        if self.notes:
            lines.append("")
        if self.redis_trips is not None:
            lines.append(
                f"Redis round trips per start command (50 commands one at a time under MONITOR, before the load): "
                f"**{self.redis_trips[0]:.2f}** (target ≤ 3); commands run inside those scripts: {self.redis_trips[1]:.1f}.")
            lines.append("")
        if self.lifetime:
            lines.append(
                f"Bot lifetime (preflight + all phases): {self.lifetime['tokens']} token request(s) (target 1 per instance), "
                f"{self.lifetime['stub_calls']} stub calls, {self.lifetime['stub_non2xx']} non-2xx, "
                f"{self.lifetime['connections']} distinct TCP connections to the stubs; graceful stop took "
                f"{self.lifetime['shutdown_ms']:.0f} ms. Card size {self.card_bytes} bytes. Bot log: "
                f"{self.lifetime['log_fail']} error and {self.lifetime['log_warn']} warning entries (2 warnings are the "
                "anonymous-mode notices at start-up).")
            lines.append("")
        if self.cold:
            http_ms = sorted(c["http_ms"] for c in self.cold)
            card_ms = sorted(c["card_ms"] for c in self.cold)
            lines += [
                f"## Cold start ({len(self.cold)} starts, fresh database each)",
                "",
                "| | median | min | max | target |",
                "|---|---|---|---|---|",
                f"| process start → first 2xx on /api/messages (ms) | {statistics.median(http_ms):.0f} | {http_ms[0]:.0f} | {http_ms[-1]:.0f} | |",
                f"| process start → first card at the connector (ms) | {statistics.median(card_ms):.0f} | {card_ms[0]:.0f} | {card_ms[-1]:.0f} | ≤ 600 |",
                f"| RSS after the first card (MB) | {statistics.median(c['rss_mb'] for c in self.cold):.0f} | "
                f"{min(c['rss_mb'] for c in self.cold):.0f} | {max(c['rss_mb'] for c in self.cold):.0f} | |",
                "",
            ]
        if cols and cols[-1].memory_by_mapping:
            last = cols[-1]
            lines += [f"## Where the RSS lives (end of the c={last.concurrency} phase, largest mappings)", "",
                      "| mapping | resident MB |", "|---|---|"]
            shown, rest = last.memory_by_mapping[:14], last.memory_by_mapping[14:]
            lines += [f"| `{name}` | {kb / 1024:.1f} |" for name, kb in shown]
            if rest:
                lines.append(f"| {len(rest)} other mappings (all in `memory-by-mapping-c{last.concurrency}.txt`) | "
                             f"{sum(kb for _, kb in rest) / 1024:.1f} |")
            lines.append("")
        lines += ["## Targets", ""]
        by_c = {r.concurrency: r for r in cols}
        top = by_c.get(32) or (cols[-1] if cols else None)

        def target(ok: bool, text: str) -> None:
            lines.append(f"- [{'x' if ok else ' '}] {text}")

        if top is not None:
            target(not top.failures and top.rps >= TARGETS["rps_c32"],
                   f"c={top.concurrency}: ≥ 4000 commands/s with every card delivered — {top.rps:.0f}/s, "
                   f"{top.cards}/{top.answered} cards")
            target(top.e2e_p99_ms <= TARGETS["e2e_p99_ms"], f"c={top.concurrency}: end-to-end p99 ≤ 25 ms — {f1(top.e2e_p99_ms)} ms")
        peak = max((r.peak_rss_mb for r in cols), default=0)
        target(peak <= TARGETS["peak_rss_mb"], f"peak RSS ≤ 120 MB — {peak:.0f} MB")
        if self.cold:
            med = statistics.median(c["card_ms"] for c in self.cold)
            target(med <= TARGETS["cold_card_ms"], f"cold start to first card ≤ 600 ms — median {med:.0f} ms")
        tc = [r.trueconf_per_cmd for r in cols]
        cn = [r.connector_per_cmd for r in cols]
        target(all(abs(v - 2) < 0.01 for v in tc), "2 TrueConf calls per command — " + ", ".join(f2(v) for v in tc))
        # Typing is due only for commands slower than the typing delay; any other typing send is extra.
        cn_ok = all(r.connector_per_cmd <= 1.0 + r.slower_than_typing / max(1, r.commands_in_window) + 0.005 for r in cols)
        target(cn_ok, "1 connector reply per command (+1 when typing shows, i.e. only for commands slower than "
               f"{TYPING_DELAY_MS} ms) — " + ", ".join(
                   f"{f2(r.connector_per_cmd)} with {r.slower_than_typing} slow" for r in cols))
        if self.lifetime:
            target(self.lifetime["tokens"] == self.args.instances,
                   f"1 token per lifetime of each instance — {self.lifetime['tokens']} for {self.args.instances}")
        news = [r.new_conn_trueconf + r.new_conn_connector for r in cols]
        target(all(n == 0 for n in news), "no new TCP connections in steady state — " + ", ".join(str(n) for n in news))
        light = all(r.nginx_cpu_pct + r.wrk_cpu_pct + r.lb_cpu_pct < r.bot_cpu_pct for r in cols)
        lines += [
            "",
            "Stubs and load generator " + ("used less CPU than the bot in every phase." if light else
                                           "used **more CPU than the bot** in some phase: read throughput with care."),
            "",
            f"Raw logs: `{self.work.relative_to(REPO)}` (access.log, bot.log, wrk-*.out, preflight-reply.json).",
            "",
        ]
        if self.trace_top:
            lines += ["## CPU profile of the bot under load (dotnet-trace, extra phase)", "", "```", self.trace_top.rstrip(), "```", ""]
        text = "\n".join(lines)
        print("\n" + text)
        out_dir = Path(self.args.results).resolve()
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / f"{self.stamp}.md").write_text(text)
        (self.work / "results.json").write_text(json.dumps({
            "machine": machine, "phases": [r.__dict__ for r in cols], "cold": self.cold, "lifetime": self.lifetime,
            "card_bytes": self.card_bytes}, indent=2, default=str))
        log(f"report written to {out_dir / (self.stamp + '.md')}")
        return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", default=str(BENCH / ".out" / "app"), help="folder of the published bot")
    parser.add_argument("--concurrency", type=lambda s: [int(x) for x in s.split(",")], default=[1, 8, 32])
    parser.add_argument("--duration", type=float, default=12, help="measured seconds per concurrency")
    parser.add_argument("--warmup", type=float, default=5, help="warm-up seconds before each measured phase")
    parser.add_argument("--initial-warmup", type=float, default=10,
                        help="seconds at the highest concurrency before the first phase (tiered JIT settles)")
    parser.add_argument("--cold-starts", type=int, default=5)
    parser.add_argument("--wrk-threads", type=int, default=1)
    parser.add_argument("--bot-env", action="append", default=[], metavar="KEY=VALUE",
                        help="extra environment for the bot, e.g. DOTNET_gcServer=0 (repeatable)")
    parser.add_argument("--quiet-wait", type=float, default=120,
                        help="seconds to wait at most for other work on the machine to stop before starting")
    parser.add_argument("--max-other-cpu", type=float, default=20,
                        help="%% of a core used by other processes above which the report warns")
    parser.add_argument("--trace", type=int, default=0, metavar="SECONDS",
                        help="after the phases, profile the bot with dotnet-trace for SECONDS at the last concurrency")
    parser.add_argument("--retries", type=int, default=1,
                        help="measure a phase again (at most this often) when other processes disturbed it")
    parser.add_argument("--results", default=str(BENCH / "results"))
    parser.add_argument("--storage", choices=["sqlite", "redis"], default="sqlite",
                        help="the bot's store: a SQLite file, or a local redis-server (Storage:Provider=Redis)")
    parser.add_argument("--instances", type=int, choices=[1, 2], default=1,
                        help="2: two bot instances on one Redis key prefix behind a local nginx load balancer (needs --storage redis)")
    args = parser.parse_args()
    if args.instances > 1 and args.storage != "redis":
        parser.error("--instances 2 shares state between the instances: it needs --storage redis")
    if not any((Path(args.app) / name).is_file() for name in ("MeetingBot.dll", "MeetingBot")):
        parser.error(f"{args.app}: neither MeetingBot.dll nor a native MeetingBot found: build first (bench/run.sh does)")
    if args.duration > 60 or args.warmup > 30 or args.initial_warmup > 60:
        parser.error("phases are bounded: --duration ≤ 60, --warmup ≤ 30, --initial-warmup ≤ 60")
    return Benchmark(args).run()


if __name__ == "__main__":
    sys.exit(main())
