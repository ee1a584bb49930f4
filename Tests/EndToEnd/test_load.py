"""Thirty seconds of mixed reads by 64 connections while an analist uploads letters:
no errors, no lost writes. Prints requests/s and p99 latency."""
import json
import re
import shutil
import subprocess
import tempfile
import threading
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import ANALIST, CORPUS, PASSWORD

LOAD_SECONDS = 30
UPLOADS = 25


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def session(server):
    """Signs in as the analist; returns the cookie header and the form token."""
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(
        server + "/inloggen", data=f"naam={ANALIST}&wachtwoord={PASSWORD}".encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        opener.open(request, timeout=10)
    except urllib.error.HTTPError as error:  # the 303 after a good login
        cookie = error.headers["Set-Cookie"].split(";")[0]
    page = urllib.request.urlopen(urllib.request.Request(server + "/", headers={"Cookie": cookie}), timeout=10)
    token = re.search(r'name="csrf" value="([0-9a-f]{64})"', page.read().decode()).group(1)
    return cookie, token


def upload(server, cookie, token, name, text):
    boundary = "----kaderload" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"brieven\"; filename=\"{name}\"\r\n"
            f"Content-Type: text/plain\r\n\r\n{text}\r\n--{boundary}--\r\n").encode()
    request = urllib.request.Request(
        f"{server}/invoeren/brieven?csrf={token}", data=body,
        headers={"Cookie": cookie, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(request, timeout=60)
    except urllib.error.HTTPError as error:
        return error.code
    return 200


def documents(server, cookie):
    request = urllib.request.Request(server + "/api/v1/documents", headers={"Cookie": cookie})
    return {d["id"] for d in json.load(urllib.request.urlopen(request, timeout=30))}


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (apt-get install wrk)")
def test_mixed_reads_under_load_while_letters_are_uploaded(server):
    cookie, token = session(server)
    before = documents(server, cookie)
    base = (CORPUS / "001_58c76a8e68136705.txt").read_text(encoding="utf-8")
    statuses = []

    def uploads():
        for index in range(UPLOADS):
            statuses.append(upload(server, cookie, token, f"last-{index}.txt", base + f"\nVariant {index} van de lasttest.\n"))

    script = Path(tempfile.mkdtemp(prefix="kader-wrk-")) / "mixed.lua"
    script.write_text("""
paths = {"/", "/?peildatum=2024-06-01", "/tijdlijn", "/missies/NMI", "/toezeggingen",
         "/zoeken?q=force+protection", "/api/v1/contributions?as_of=2025-03-01", "/brieven/004_a5c8b23f8fb2d6ff"}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Cookie"] = "%s"})
end
""" % cookie)
    writer = threading.Thread(target=uploads)
    writer.start()
    result = subprocess.run(
        ["wrk", "-t2", "-c64", f"-d{LOAD_SECONDS}s", "--timeout", "10s", "--latency", "-s", str(script), server + "/"],
        capture_output=True, text=True, timeout=LOAD_SECONDS + 60)
    writer.join(timeout=120)
    output = result.stdout
    print(output)
    requests_per_s = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+(\S+)", output).group(1)
    print(f"load: {requests_per_s:.0f} requests/s, p99 {p99}, {len(statuses)} uploads")
    assert "Socket errors" not in output, output
    assert "Non-2xx or 3xx responses" not in output, output
    assert requests_per_s > 0
    # Every upload was stored: none lost, none half there.
    assert statuses == [303] * UPLOADS, statuses
    after = documents(server, cookie)
    assert len(after - before) == UPLOADS
