// Verifies one Standard Webhooks delivery with the reference TypeScript implementation (npm
// "standardwebhooks"), independent of the Java library TRAE signs with. Reads
// {secret, headers, body} as JSON on stdin; prints "ok" and exits 0, or prints why and exits 1.
const path = require("path");
const { Webhook } = require(path.join(process.env.SWH_PREFIX, "node_modules", "standardwebhooks"));

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { secret, headers, body } = JSON.parse(input);
  try {
    new Webhook(secret).verify(body, headers);
    process.stdout.write("ok");
  } catch (err) {
    process.stdout.write(String(err && err.message));
    process.exit(1);
  }
});
