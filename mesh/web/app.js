// The assistant's chat page: sign in, then talk. Every text from the server is shown with textContent,
// never as HTML, so a reply cannot inject markup. Replies stream in as the processor produces them.
import { ConnectError, serverStream, unary } from "./connect.js";

const AUTH = "/mesh.auth.v1.AuthService/";
const CHAT = "/mesh.chat.v1.ChatService/";
const store = window.sessionStorage;

const $ = (id) => document.getElementById(id);
const ui = {
  signIn: $("sign-in"), signInError: $("sign-in-error"), username: $("username"), password: $("password"),
  chat: $("chat"), transcript: $("transcript"), typing: $("typing"), chatError: $("chat-error"),
  composer: $("composer"), message: $("message"), send: $("send"), who: $("who"), signOut: $("sign-out"),
  deleteData: $("delete-data"),
};

const session = {
  get token() { return store.getItem("token"); },
  get user() { return store.getItem("user"); },
  get conversation() { return store.getItem("conversation") || ""; },
  set conversation(id) { if (id) store.setItem("conversation", id); },
  save(user, token) { store.setItem("user", user); store.setItem("token", token); },
  clear() { store.clear(); },
};

function show(element, visible) { element.hidden = !visible; }

function showError(element, error) {
  let text = error instanceof ConnectError ? error.message : "Something went wrong.";
  if (error instanceof ConnectError && error.code === "resource_exhausted") {
    text = `Too many messages. Try again in ${error.retryAfter || "a few"} seconds.`;
  }
  element.textContent = text;
  show(element, true);
}

function money(price) {
  if (!price || !price.currencyCode) return "";
  const amount = Number(price.units || 0) + Number(price.nanos || 0) / 1e9;
  try { return new Intl.NumberFormat(undefined, { style: "currency", currency: price.currencyCode }).format(amount); } catch {
    return `${amount.toFixed(2)} ${price.currencyCode}`;
  }
}

function safeImageURL(url) {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch { return null; }
}

function productCard(listing) {
  const card = document.createElement("div");
  card.className = "product";
  const image = listing.images && listing.images[0] && safeImageURL(listing.images[0].url);
  if (image) {
    const img = document.createElement("img");
    img.src = image;
    img.alt = "";
    img.loading = "lazy";
    card.append(img);
  }
  const title = document.createElement("div");
  title.className = "title";
  title.textContent = listing.title || "";
  const price = document.createElement("div");
  price.className = "price";
  price.textContent = money(listing.price);
  card.append(title, price);
  return card;
}

/** Adds a message bubble; returns a function that updates its text and rich content. */
function bubble(role, text = "") {
  const item = document.createElement("li");
  item.className = `msg ${role}`;
  const body = document.createElement("div");
  body.textContent = text;
  item.append(body);
  ui.transcript.append(item);
  item.scrollIntoView({ block: "end" });
  return {
    append(delta) { body.textContent += delta; item.scrollIntoView({ block: "end" }); },
    finish(message) {
      if (typeof message.text === "string") body.textContent = message.text;
      if (message.quickReplies && Array.isArray(message.quickReplies.options)) {
        const row = document.createElement("div");
        row.className = "quick";
        for (const option of message.quickReplies.options) {
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = option;
          button.addEventListener("click", () => send(option));
          row.append(button);
        }
        item.append(row);
      }
      if (message.carousel && Array.isArray(message.carousel.listings)) {
        const cards = document.createElement("div");
        cards.className = "cards";
        for (const listing of message.carousel.listings) cards.append(productCard(listing));
        item.append(cards);
      }
      item.scrollIntoView({ block: "end" });
    },
  };
}

function signedIn() {
  show(ui.signIn, false);
  show(ui.chat, true);
  ui.who.textContent = session.user;
  show(ui.who, true);
  show(ui.signOut, true);
  show(ui.deleteData, true);
  ui.message.focus();
}

function signedOut(error) {
  session.clear();
  ui.transcript.replaceChildren();
  show(ui.chat, false);
  show(ui.who, false);
  show(ui.signOut, false);
  show(ui.deleteData, false);
  show(ui.signIn, true);
  if (error) showError(ui.signInError, error);
}

async function loadHistory() {
  if (!session.conversation) return;
  try {
    const history = await unary(`${CHAT}GetHistory`, { conversationId: session.conversation, limit: 50 }, { token: session.token });
    for (const message of history.messages || []) {
      bubble(message.role === "ROLE_USER" ? "user" : "assistant").finish(message);
    }
  } catch (error) {
    if (error.code === "unauthenticated") return signedOut(error);
    showError(ui.chatError, error);
  }
}

let sending = false;

/** Sends one message and streams the reply. A retry after a dropped stream reuses the message id, so the
 * assistant answers it once. */
async function send(text) {
  if (sending || !text.trim()) return;
  sending = true;
  ui.send.disabled = true;
  show(ui.chatError, false);
  bubble("user", text);
  const request = { conversationId: session.conversation, text, locale: navigator.language || "en", clientMessageId: crypto.randomUUID() };
  const reply = bubble("assistant");
  show(ui.typing, true);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        for await (const chunk of serverStream(`${CHAT}StreamReply`, request, { token: session.token })) {
          if (typeof chunk.textDelta === "string") reply.append(chunk.textDelta);
          if (chunk.finalMessage) {
            session.conversation = chunk.finalMessage.conversationId;
            reply.finish(chunk.finalMessage);
          }
        }
        break;
      } catch (error) {
        if (attempt === 0 && error instanceof ConnectError && error.code === "unavailable") continue;
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof ConnectError && error.code === "unauthenticated") return signedOut(error);
    showError(ui.chatError, error);
  } finally {
    show(ui.typing, false);
    sending = false;
    ui.send.disabled = false;
  }
}

ui.signIn.addEventListener("submit", async (event) => {
  event.preventDefault();
  show(ui.signInError, false);
  const username = ui.username.value.trim();
  try {
    const token = await unary(`${AUTH}IssueToken`, { password: { username, password: ui.password.value } });
    ui.password.value = "";
    session.save(username, token.accessToken);
    signedIn();
    await loadHistory();
  } catch (error) {
    showError(ui.signInError, error.code === "unauthenticated" ? new ConnectError(error.code, "Wrong username or password.") : error);
  }
});

ui.composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = ui.message.value;
  ui.message.value = "";
  send(text);
});

// Ends the sign-in at the auth service, so the token stops working at the gateway too (within its poll
// interval), not only on this page; the page forgets the token whatever the answer.
ui.signOut.addEventListener("click", async () => {
  const token = session.token;
  if (token) {
    try {
      await unary(`${AUTH}SignOut`, {}, { token });
    } catch (error) {
      // Already ended (401) or unreachable: the page signs out all the same.
    }
  }
  signedOut();
});

// Deletes the user's history, preferences and sessions (the audit log records it), then signs out.
ui.deleteData.addEventListener("click", async () => {
  if (!window.confirm("Delete your conversations, preferences and sessions? This cannot be undone.")) return;
  try {
    await unary(`${CHAT}DeleteMyData`, { reason: "asked on the chat page" }, { token: session.token });
    signedOut();
    ui.signInError.textContent = "Your data was deleted.";
    show(ui.signInError, true);
  } catch (error) {
    if (error instanceof ConnectError && error.code === "unauthenticated") return signedOut(error);
    showError(ui.chatError, error);
  }
});

if (session.token) { signedIn(); loadHistory(); }
