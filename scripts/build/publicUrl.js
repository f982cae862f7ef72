/**
 * Where a build of the add-in is served from. Development builds (npm run dev-server, build:dev,
 * watch) use https://localhost:3000/; a production build uses ADDIN_PUBLIC_URL and refuses to run
 * without it, so that no build ever ships a placeholder address.
 */
const DEV_URL = "https://localhost:3000/";

/** What the tests build with when ADDIN_PUBLIC_URL is not set: .test is reserved (RFC 2606), it never resolves. */
const TEST_URL = "https://gpu-payback.test/";

/** The address a production build is served from, from ADDIN_PUBLIC_URL, with a closing "/". */
function productionUrl(env = process.env) {
  const value = (env.ADDIN_PUBLIC_URL ?? "").trim();
  if (value === "") {
    throw new Error(
      "ADDIN_PUBLIC_URL is not set. A production build needs the https address it will be served from, " +
        "e.g. ADDIN_PUBLIC_URL=https://your.host/gpu-payback/ npm run build " +
        "(npm run build:dev builds for https://localhost:3000/)."
    );
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${value}".`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https address (Office loads add-ins over https only): "${value}".`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be a plain folder address, without query, fragment or credentials: "${value}".`
    );
  }
  return url.href.replace(/\/?$/, "/");
}

/** The address a build in this mode ("development" or "production") is served from. */
function publicUrl(mode, env = process.env) {
  return mode === "development" ? DEV_URL : productionUrl(env);
}

/** The address the tests build dist/ for: ADDIN_PUBLIC_URL when set, else TEST_URL. */
function testedUrl(env = process.env) {
  return productionUrl({ ADDIN_PUBLIC_URL: env.ADDIN_PUBLIC_URL || TEST_URL });
}

module.exports = { DEV_URL, TEST_URL, productionUrl, publicUrl, testedUrl };
