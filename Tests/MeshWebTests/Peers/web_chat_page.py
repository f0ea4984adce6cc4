"""Drives the chat page in headless Chromium (Debian's chromium and chromium-driver, through selenium):
sign in, ask about an order, search, send hostile text, reload. Prints one line per check; exits 1 on the
first failure. Usage: web_chat_page.py BASE_URL USERNAME PASSWORD ORDER_ID
"""
import os
import shutil
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as conditions
from selenium.webdriver.support.ui import WebDriverWait


def fail(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


def assistant_texts(driver):
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, "li.msg.assistant")]


def send(driver, text):
    before = len(assistant_texts(driver))
    box = driver.find_element(By.ID, "message")
    box.clear()
    box.send_keys(text)
    driver.find_element(By.ID, "send").click()
    # The reply is complete when the typing line is hidden again and a new assistant bubble has text.
    WebDriverWait(driver, 40).until(lambda d: len(assistant_texts(d)) > before and assistant_texts(d)[-1].strip()
                                    and not d.find_element(By.ID, "typing").is_displayed())
    return assistant_texts(driver)[-1]


def drive(base, username, password, order):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1000,900",
                     # The gateway's TLS listener has the repository's test certificate.
                     "--ignore-certificate-errors"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.get(base + "/")
        if driver.title != "Shop assistant":
            fail(f"title {driver.title!r}")
        print("PAGE: loaded", flush=True)

        driver.find_element(By.ID, "username").send_keys(username)
        driver.find_element(By.ID, "password").send_keys("wrong password!")
        driver.find_element(By.CSS_SELECTOR, "#sign-in button[type=submit]").click()
        WebDriverWait(driver, 20).until(conditions.visibility_of_element_located((By.ID, "sign-in-error")))
        print(f"WRONG PASSWORD: {driver.find_element(By.ID, 'sign-in-error').text}", flush=True)

        driver.find_element(By.ID, "password").clear()
        driver.find_element(By.ID, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "#sign-in button[type=submit]").click()
        WebDriverWait(driver, 20).until(conditions.visibility_of_element_located((By.ID, "chat")))
        print("SIGNED IN", flush=True)

        reply = send(driver, f"where is my order {order}?")
        print(f"REPLY: {reply!r}", flush=True)

        send(driver, "show me black shoes under 150 euros")
        cards = driver.find_elements(By.CSS_SELECTOR, "li.msg.assistant:last-child .product")
        print(f"CARDS: {len(cards)}", flush=True)

        hostile = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
        send(driver, hostile)
        mine = [element.text for element in driver.find_elements(By.CSS_SELECTOR, "li.msg.user")]
        if hostile not in mine:
            fail(f"the hostile text was not shown literally: {mine[-1]!r}")
        if driver.title != "Shop assistant" or driver.find_elements(By.CSS_SELECTOR, "li.msg img[src='x']"):
            fail("markup from a message ran")
        try:
            driver.switch_to.alert
            fail("an alert opened")
        except NoAlertPresentException:
            pass
        print("HOSTILE TEXT: shown as text", flush=True)

        quick = driver.find_elements(By.CSS_SELECTOR, ".quick button")
        print(f"QUICK REPLIES: {len(quick)}", flush=True)

        count = len(driver.find_elements(By.CSS_SELECTOR, "li.msg"))
        driver.refresh()
        WebDriverWait(driver, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "li.msg")) >= count)
        print(f"HISTORY AFTER RELOAD: {len(driver.find_elements(By.CSS_SELECTOR, 'li.msg'))} messages", flush=True)

        # Sign out (the session ends at the auth service), then sign in again.
        driver.find_element(By.ID, "sign-out").click()
        WebDriverWait(driver, 20).until(conditions.visibility_of_element_located((By.ID, "sign-in")))
        if driver.execute_script("return window.sessionStorage.getItem('token')") is not None:
            fail("the token was kept after sign-out")
        driver.find_element(By.ID, "username").clear()
        driver.find_element(By.ID, "username").send_keys(username)
        driver.find_element(By.ID, "password").clear()
        driver.find_element(By.ID, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "#sign-in button[type=submit]").click()
        WebDriverWait(driver, 20).until(conditions.visibility_of_element_located((By.ID, "chat")))
        print("SIGNED OUT AND IN AGAIN", flush=True)

        # Delete my data: confirmed in the browser's dialog, then signed out with a notice.
        driver.find_element(By.ID, "delete-data").click()
        WebDriverWait(driver, 10).until(conditions.alert_is_present())
        driver.switch_to.alert.accept()
        WebDriverWait(driver, 20).until(conditions.visibility_of_element_located((By.ID, "sign-in")))
        print(f"DELETED: {driver.find_element(By.ID, 'sign-in-error').text}", flush=True)

        problems = [entry["message"] for entry in driver.get_log("browser")
                    if entry["level"] == "SEVERE" and "401" not in entry["message"]]
        csp = [message for message in problems if "Content Security Policy" in message]
        if csp:
            fail(f"CSP violations: {csp}")
        print(f"CONSOLE ERRORS: {len(problems)} {problems[:3]}", flush=True)
        print("OK", flush=True)
    except TimeoutException as error:
        fail(f"timed out: {error.msg}; page text: {driver.find_element(By.TAG_NAME, 'body').text[-500:]!r}")
    finally:
        driver.quit()


def main():
    # Chromium and chromedriver make their profile and scoped folders under TMPDIR and leave them when a renderer
    # outlives quit(); a folder of this run's own, removed at the end, keeps /tmp clean whatever happens.
    scratch = tempfile.mkdtemp(prefix="mesh-chromium-")
    os.environ["TMPDIR"] = scratch
    try:
        drive(*sys.argv[1:5])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
