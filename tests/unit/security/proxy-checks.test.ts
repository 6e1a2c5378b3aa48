import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, REQUEST_PATH_HEADER } from "@/lib/request/request-headers";
import { BODY_LIMIT_BYTES, BODY_SIZE_LIMIT, exceedsBodyLimit } from "@/lib/security/body-limit";
import { checkActionBody, isActionRequest } from "@/lib/security/check-action-body";
import { checkOrigin } from "@/lib/security/check-origin";
import { refusalContent, refusalHtml } from "@/lib/security/refusal-response";
import { isServablePath } from "@/lib/security/servable-path";
import { trustedRequestHeaders } from "@/lib/security/trusted-request-headers";
import { MAX_CATALOGUE_BYTES } from "@/app/admin/catalogues/schemas";
import { ANSWER_TEXT_MAX } from "@/app/returns/[id]/items/[...key]/schema";

describe("isServablePath", () => {
  it("refuses control characters, raw or escaped, and malformed escapes, whatever the id", () => {
    expect(isServablePath("/returns/97e7f673-1e78-4558-8cd8-310f3a693c1c")).toBe(true);
    expect(isServablePath("/returns/x/items/4.1.2/ambulance%20service")).toBe(true);
    for (const path of ["/returns/97e7f673-1e78-4558-8cd8-310f3a693c1c%00", "/returns/x/items/1.1.1%00", "/a%1F", "/a%7f", "/a%C2%85", "/a\u0000", "/returns/%E0%A4%A", "/%"]) {
      expect(isServablePath(path), path).toBe(false);
    }
  });
});

describe("checkOrigin", () => {
  const post = { method: "POST", host: "localhost:3000", forwardedHost: null, trustedProxies: 0 };
  it("allows this site's own pages, and safe methods from anywhere", () => {
    expect(checkOrigin({ ...post, origin: "http://localhost:3000" })).toBe("allowed");
    expect(checkOrigin({ ...post, origin: "http://LOCALHOST:3000" })).toBe("allowed");
    expect(checkOrigin({ ...post, method: "GET", origin: "http://evil.example" })).toBe("allowed");
  });
  it("refuses another site, an opaque or malformed Origin", () => {
    for (const origin of ["http://evil.example", "http://localhost:3001", "null", "::::", "javascript:alert(1)", ""]) {
      expect(checkOrigin({ ...post, origin }), origin).toBe("refused");
    }
  });
  it("allows a POST without Origin (no browser omits it; the session cookie is SameSite=Lax)", () => {
    expect(checkOrigin({ ...post, origin: null })).toBe("allowed");
  });
  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const forged = { ...post, origin: "http://evil.example", forwardedHost: "evil.example" };
    expect(checkOrigin(forged)).toBe("refused");
    expect(checkOrigin({ ...post, origin: "https://ambitions.example.nhs.uk", forwardedHost: "ambitions.example.nhs.uk, internal", trustedProxies: 1 })).toBe("allowed");
  });
  it("allows hosts listed as allowed", () => {
    expect(checkOrigin({ ...post, origin: "https://other.nhs.uk", allowedHosts: ["other.nhs.uk"] })).toBe("allowed");
  });
});

describe("the body limit", () => {
  it("is above the largest valid form: the catalogue upload, and the answer form at its maxima", () => {
    expect(BODY_LIMIT_BYTES).toBeGreaterThan(MAX_CATALOGUE_BYTES + 64 * 1024);
    // Evidence and gaps at 3 bytes a character, twice (fields and echoed form state).
    expect(BODY_LIMIT_BYTES).toBeGreaterThan(ANSWER_TEXT_MAX * 2 * 3 * 2 + 64 * 1024);
    expect(BODY_SIZE_LIMIT).toBe("2mb");
  });
  it("reads Content-Length strictly", () => {
    expect(exceedsBodyLimit(null)).toBe(false);
    expect(exceedsBodyLimit(String(BODY_LIMIT_BYTES))).toBe(false);
    expect(exceedsBodyLimit(String(BODY_LIMIT_BYTES + 1))).toBe(true);
    expect(exceedsBodyLimit("12abc")).toBe(true);
  });
});

describe("checkActionBody", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const action = (contentType: string, extra: Record<string, string> = { "next-action": "abc" }) => new Headers({ "content-type": contentType, ...extra });

  it("knows an action request", () => {
    expect(isActionRequest({ method: "POST", headers: action("text/plain"), pathname: "/sign-in" })).toBe(true);
    expect(isActionRequest({ method: "POST", headers: action("multipart/form-data; boundary=x", {}), pathname: "/returns/new" })).toBe(true);
    expect(isActionRequest({ method: "POST", headers: action("application/x-www-form-urlencoded", {}), pathname: "/api/auth/signin" })).toBe(false);
    expect(isActionRequest({ method: "GET", headers: action("text/plain"), pathname: "/" })).toBe(false);
  });

  it("passes a well-formed fetch action and a well-formed form", async () => {
    expect(await checkActionBody({ headers: action("text/plain;charset=UTF-8"), body: encode('[{"email":""},"$K1"]') })).toBe("ok");
    const form = new FormData();
    form.set("$ACTION_REF_1", "");
    form.set("$ACTION_1:0", '{"id":"abc","bound":"$@1"}');
    form.set("email", "a@b");
    const request = new Request("http://x/", { method: "POST", body: form });
    const body = new Uint8Array(await request.arrayBuffer());
    expect(await checkActionBody({ headers: action(request.headers.get("content-type")!, {}), body })).toBe("ok");
  });

  it("calls malformed what Next could not decode", async () => {
    expect(await checkActionBody({ headers: action("text/plain"), body: encode('[{"emai') })).toBe("malformed");
    expect(await checkActionBody({ headers: action("text/plain"), body: encode('{"not":"an array"}') })).toBe("malformed");
    expect(await checkActionBody({ headers: action("text/plain"), body: new Uint8Array([0xff, 0xfe]) })).toBe("malformed");
    expect(await checkActionBody({ headers: action("multipart/form-data; boundary=xyz"), body: encode("--xyz\r\nContent-Disposition: form-da") })).toBe("malformed");
    expect(await checkActionBody({ headers: action("multipart/form-data"), body: encode("--xyz\r\n") })).toBe("malformed");
    const bad = `--b\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":\r\n--b--\r\n`;
    expect(await checkActionBody({ headers: action("multipart/form-data; boundary=b", {}), body: encode(bad) })).toBe("malformed");
  });

  it("calls too large a body over the limit, however it was sent", async () => {
    expect(await checkActionBody({ headers: action("text/plain"), body: new Uint8Array(BODY_LIMIT_BYTES + 1) })).toBe("too-large");
  });
});

describe("trustedRequestHeaders", () => {
  const url = new URL("http://localhost:3000/returns?x=1&_rsc=abc");
  it("drops client-sent copies and sets the address Next wrote from the socket, and the path", () => {
    const sent = new Headers({ [CLIENT_IP_HEADER]: "6.6.6.6", [REQUEST_PATH_HEADER]: "/evil", "x-forwarded-for": "::ffff:127.0.0.1", "x-forwarded-host": "evil.example" });
    const trusted = trustedRequestHeaders(sent, { url, trustedProxies: 0 });
    expect(trusted.get(CLIENT_IP_HEADER)).toBe("127.0.0.1");
    expect(trusted.get(REQUEST_PATH_HEADER)).toBe("/returns?x=1");
    expect(trusted.has("x-forwarded-host")).toBe(false);
  });
  it("with no address at all, sets none rather than keep the client's", () => {
    const trusted = trustedRequestHeaders(new Headers({ [CLIENT_IP_HEADER]: "6.6.6.6" }), { url, trustedProxies: 0 });
    expect(trusted.has(CLIENT_IP_HEADER)).toBe(false);
  });
  it("behind trusted proxies, takes the address the outermost proxy saw and keeps X-Forwarded-Host", () => {
    const sent = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2", "x-forwarded-host": "ambitions.example.nhs.uk" });
    const trusted = trustedRequestHeaders(sent, { url, trustedProxies: 2 });
    expect(trusted.get(CLIENT_IP_HEADER)).toBe("203.0.113.9");
    expect(trusted.get("x-forwarded-host")).toBe("ambitions.example.nhs.uk");
  });
});

describe("refusal pages", () => {
  it("say what happened, with the right status, and escape nothing unsafe", () => {
    expect(refusalContent("too-large")).toMatchObject({ status: 413, body: expect.stringContaining("2 MB") });
    expect(refusalContent("forbidden").status).toBe(403);
    expect(refusalContent("bad-request").status).toBe(400);
    const html = refusalHtml("too-large");
    expect(html).toContain("<h1>What you sent is too large</h1>");
    expect(html).not.toContain("<script");
  });
});
