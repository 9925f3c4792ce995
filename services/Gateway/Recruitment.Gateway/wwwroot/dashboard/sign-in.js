// Keeps the token for this browser tab only (sessionStorage); the dashboard sends it as a bearer token to the API.
const store = (token) => {
  sessionStorage.setItem("recruitment.token", token.trim());
  location.assign("/dashboard/");
};

sessionStorage.removeItem("recruitment.token");

document.getElementById("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  store(document.getElementById("token").value);
});

const settings = await fetch("/dashboard/settings.json").then((r) => r.json()).catch(() => ({}));
if (settings.developmentTokens) {
  const form = document.getElementById("dev-form");
  form.hidden = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const role = document.getElementById("dev-role").value;
    const response = await fetch("/dev/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role, subject: `${role}@recruitment.example` }),
    });
    if (!response.ok) {
      document.getElementById("error").textContent = `The development token was refused (${response.status}).`;
      return;
    }
    store((await response.json()).token);
  });
}
