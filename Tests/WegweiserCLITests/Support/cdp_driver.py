#!/usr/bin/python3
"""Drives one headless Chromium tab for the `serve` tests, stdlib only.

Starts Chromium with the DevTools protocol on a pipe (fds 3 and 4, messages
separated by NUL bytes) and answers commands read from stdin, one JSON object
a line, with one JSON line on stdout:

    {"id": 1, "cmd": "navigate", "url": "http://127.0.0.1:8080/"}
    {"id": 2, "cmd": "evaluate", "expression": "document.title"}
    {"id": 3, "cmd": "wait_for", "expression": "…", "timeout": 60}
    -> {"id": 1, "ok": true, "value": …} or {"id": 1, "ok": false, "error": "…"}

`wait_for` evaluates the expression in the page until it is truthy, across
reloads, and answers with its value. Chromium is killed when stdin closes.
"""
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time


class Chromium:
    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="wegweiser-cdp-")
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def connect_pipe():
            # Chromium reads commands on fd 3 and writes answers and events to fd 4
            # (pass_fds below keeps both open through the exec).
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage",
             "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(to_browser_read, from_browser_write, 3, 4), preexec_fn=connect_pipe)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def _message(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self.from_browser], [], [], remaining)
            if ready:
                chunk = os.read(self.from_browser, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        request = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            request["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(request).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            message = self._message(deadline)
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def open_tab(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send(
            "Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("text", "exception"))
        return result["result"].get("value")

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def answer(chromium, command):
    kind = command["cmd"]
    if kind == "navigate":
        chromium.send("Page.navigate", {"url": command["url"]})
        return True
    if kind == "evaluate":
        return chromium.evaluate(command["expression"])
    if kind == "wait_for":
        deadline = time.monotonic() + command.get("timeout", 60)
        last_error = None
        while time.monotonic() < deadline:
            try:
                value = chromium.evaluate(command["expression"])
                if value:
                    return value
            except (RuntimeError, TimeoutError) as error:  # the page is between two documents
                last_error = error
            time.sleep(0.05)
        raise TimeoutError(f"still false after {command.get('timeout', 60)} s: {command['expression']}"
                           + (f" (last error: {last_error})" if last_error else ""))
    raise ValueError(f"unknown command {kind}")


def main():
    chromium = Chromium(sys.argv[1] if len(sys.argv) > 1 else "chromium")
    try:
        chromium.open_tab()
        print(json.dumps({"id": 0, "ok": True, "value": "ready"}), flush=True)
        for line in sys.stdin:
            if not line.strip():
                continue
            command = json.loads(line)
            try:
                reply = {"id": command.get("id"), "ok": True, "value": answer(chromium, command)}
            except Exception as error:  # reported to the test, which fails with it
                reply = {"id": command.get("id"), "ok": False, "error": f"{type(error).__name__}: {error}"}
            print(json.dumps(reply), flush=True)
    finally:
        chromium.close()


if __name__ == "__main__":
    main()
