"""Starts a real Kader server on a fresh SQLite file and a headless Debian chromium."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SHOTS = Path(os.environ.get("KADER_SCREENSHOTS", ROOT / "out" / "screenshots"))
ANALIST = "analist"
PASSWORD = "een-lang-wachtwoord-voor-de-test"


class Server(str):
    """The base URL, with what the tests need to ask the same database from the terminal."""

    def __new__(cls, base, binary, database, env, log):
        value = super().__new__(cls, base)
        value.binary, value.database, value.env, value.log = binary, database, env, log
        return value

    def kader(self, *args):
        result = subprocess.run([str(self.binary), *args, "--db", self.database], env=self.env,
                                capture_output=True, text=True, timeout=120, check=True)
        return result.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    binary = ROOT / ".build" / "debug" / "kader"
    assert binary.exists(), "build Kader first (swift build)"
    folder = tempfile.mkdtemp(prefix="kader-browser-")
    port = free_port()
    log_path = Path(folder) / "server.log"
    log = open(log_path, "w")
    env = dict(os.environ)
    # On SQLite unless the run names a PostgreSQL database for the server.
    env.pop("DATABASE_URL", None)
    if os.environ.get("KADER_BROWSER_DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["KADER_BROWSER_DATABASE_URL"]
    database = str(Path(folder) / "kader.sqlite")
    # An analist cleared for everything: the browser signs in as this account.
    subprocess.run(
        [str(binary), "user", "add", ANALIST, "--role", "analist", "--clearance", "departementaal-vertrouwelijk",
         "--display-name", "Analist Test", "--db", database, "--corpus", str(CORPUS)],
        env={**env, "KADER_PASSWORD": PASSWORD}, check=True, capture_output=True, timeout=120)
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [str(binary), "serve", "--port", str(port), "--db", database, "--corpus", str(CORPUS)],
        stdout=log, stderr=subprocess.STDOUT, env=env)
    for _ in range(200):
        try:
            if urllib.request.urlopen(base + "/gezondheid", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("Kader did not start: " + log_path.read_text())
    yield Server(base, binary, database, env, log_path)
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def browser(server):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                     "--lang=nl-NL", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.set_page_load_timeout(30)
    # Once an account exists, reading needs a login: sign in through the real form.
    driver.get(server + "/inloggen")
    driver.find_element("id", "naam").send_keys(ANALIST)
    driver.find_element("id", "wachtwoord").send_keys(PASSWORD)
    driver.find_element("css selector", "form.formulier button").click()
    for _ in range(100):
        if "/inloggen" not in driver.current_url:
            break
        time.sleep(0.05)
    assert "/inloggen" not in driver.current_url, "login failed"
    yield driver
    driver.quit()


@pytest.fixture
def shot(browser):
    """Saves a full-page screenshot under out/screenshots, named by the step."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        height = browser.execute_script("return document.documentElement.scrollHeight")
        width = browser.execute_script("return window.innerWidth")
        browser.set_window_size(max(width, 360), min(max(height, 600), 6000))
        path = SHOTS / f"{name}.png"
        browser.save_screenshot(str(path))
        print(f"screenshot: {path}")
        return path

    return take
