#!/usr/bin/env node
// sg-suite's development OpenID Connect provider: oidc-provider (panva, OpenID Certified),
// configured like the suite's Keycloak realm. DEVELOPMENT AND TESTS ONLY: public passwords and
// secrets, in-memory state, an unauthenticated admin endpoint; it listens on loopback only.
//
//   node deploy/dev-idp/server.js --port 8090          # or DEV_IDP_PORT; `make idp`
//
// * issuer http://127.0.0.1:<port> (or --issuer), discovery, JWKS;
// * authorization code + PKCE (S256) for people: client `sg-web` (public), a username/password
//   form, users from users.json (`roles`, `units` claims);
// * client credentials for the services (clients.json): role `<service>.service`, unit SG;
// * access tokens are JWTs (RFC 9068) for the resource `urn:sg-suite`, audience `sg-suite`,
//   with `roles`, `units` (and `name` for people) claims;
// * key rotation: `POST /admin/rotate-keys` (or SIGUSR2) adds a new RS256 key, signs with it and
//   keeps publishing the previous ones; `POST /admin/retire-keys` stops publishing all but the
//   current one; `GET /admin/stats` counts the tokens issued per client.
// Prints one line `dev-idp ready <issuer>` on stdout when it accepts connections.

import { generateKeyPairSync, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.DEV_IDP_PORT ?? '8090' },
    host: { type: 'string', default: process.env.DEV_IDP_HOST ?? '127.0.0.1' },
    issuer: { type: 'string', default: process.env.DEV_IDP_ISSUER },
    users: { type: 'string', default: process.env.DEV_IDP_USERS ?? join(here, 'users.json') },
    clients: { type: 'string', default: process.env.DEV_IDP_CLIENTS ?? join(here, 'clients.json') },
    'access-token-ttl': { type: 'string', default: process.env.DEV_IDP_ACCESS_TOKEN_TTL ?? '300' },
  },
});

const port = Number(args.port);
const issuer = (args.issuer ?? `http://${args.host}:${port}`).replace(/\/$/, '');
const accessTokenTTL = Number(args['access-token-ttl']);
const RESOURCE = 'urn:sg-suite';
const AUDIENCE = 'sg-suite';
const API_SCOPE = 'api';

// Users are read again whenever their file changes, so a test harness can add people while the
// provider runs (the production-mode e2e gives each persona of its flows an account).
let usersBySub = new Map();
let usersByName = new Map();
let usersStamp = -1;
function loadUsers() {
  const stamp = statSync(args.users).mtimeMs;
  if (stamp === usersStamp) return;
  const users = JSON.parse(readFileSync(args.users, 'utf8')).users;
  usersBySub = new Map(users.map((user) => [user.sub, user]));
  usersByName = new Map(users.map((user) => [user.username, user]));
  usersStamp = stamp;
}
loadUsers();
const clientsFile = JSON.parse(readFileSync(args.clients, 'utf8'));
const serviceClients = new Map(clientsFile.services.map((c) => [c.client_id, c]));

const clients = [
  ...clientsFile.services.map((c) => ({
    client_id: c.client_id,
    client_secret: c.client_secret,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
  })),
  ...clientsFile.people.map((c) => ({
    client_id: c.client_id,
    application_type: 'native', // loopback redirect URIs, any port (RFC 8252)
    token_endpoint_auth_method: 'none', // public: PKCE is required
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: c.redirect_uris,
    post_logout_redirect_uris: c.post_logout_redirect_uris ?? [],
  })),
];

function newSigningKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: `dev-idp-${randomUUID().slice(0, 8)}`, alg: 'RS256', use: 'sig' };
}

// Newest first: oidc-provider signs with the first key matching the algorithm.
let signingKeys = [newSigningKey()];
const issued = new Map(); // client_id -> tokens issued

async function findAccount(_ctx, id) {
  loadUsers();
  const user = usersBySub.get(id);
  if (!user) return undefined;
  return {
    accountId: id,
    async claims() {
      return {
        sub: id,
        name: user.name,
        preferred_username: user.username,
        email: user.email,
        roles: user.roles,
        units: user.units,
      };
    },
  };
}

function configuration() {
  // A fresh object each time: the Provider consumes (deletes) `jwks` and `clients`.
  return {
    clients,
    jwks: { keys: signingKeys },
    findAccount,
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
      sg: ['roles', 'units'],
    },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'sg'],
    pkce: { required: () => true },
    cookies: { keys: ['sg-dev-idp-cookie-key-not-secret'] },
    ttl: { AccessToken: accessTokenTTL, ClientCredentials: accessTokenTTL },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false }, // our own login form below
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // every authorization and client-credentials request is for the suite's API
        defaultResource: async () => RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resourceIndicator) => {
          if (resourceIndicator !== RESOURCE) throw new Provider.errors.InvalidTarget();
          return {
            scope: API_SCOPE,
            audience: AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    async extraTokenClaims(_ctx, token) {
      if (token.accountId) {
        loadUsers();
        const user = usersBySub.get(token.accountId);
        if (!user) return undefined;
        return {
          roles: user.roles,
          units: user.units,
          name: user.name,
          // the directory login the services match people by (jwt_login_claim)
          preferred_username: user.username,
        };
      }
      const service = serviceClients.get(token.clientId);
      if (service) {
        return { roles: [`${service.service}.service`], units: ['SG'], name: service.client_id };
      }
      return undefined;
    },
    renderError(ctx, out) {
      ctx.type = 'json';
      ctx.body = out;
    },
  };
}

function buildProvider() {
  const instance = new Provider(issuer, configuration());
  instance.proxy = false;
  for (const event of ['access_token.issued', 'client_credentials.issued']) {
    instance.on(event, (token) => issued.set(token.clientId, (issued.get(token.clientId) ?? 0) + 1));
  }
  instance.on('server_error', (_ctx, err) => console.error('dev-idp server_error', err));
  return instance;
}

let provider = buildProvider();

function rotate() {
  // Sessions, grants and codes live in oidc-provider's module-level memory store: a new
  // Provider instance over the same store keeps them.
  signingKeys = [newSigningKey(), ...signingKeys];
  provider = buildProvider();
  console.log(`dev-idp rotated: signing with ${signingKeys[0].kid}, publishing ${signingKeys.length} keys`);
}

function retire() {
  signingKeys = [signingKeys[0]];
  provider = buildProvider();
  console.log(`dev-idp retired old keys: publishing ${signingKeys[0].kid} only`);
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function json(res, status, body) {
  send(res, status, 'application/json', JSON.stringify(body));
}

function loginPage(uid, clientId, error) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>sg-suite dev IdP</title></head>
<body><h1>Connexion (dev IdP)</h1><p>Application: ${escapeHtml(clientId)}</p>
${error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
<label>Identifiant <input name="username" required autofocus></label>
<label>Mot de passe <input name="password" type="password" required></label>
<button type="submit">Se connecter</button></form>
<p><a href="/interaction/${escapeHtml(uid)}/abort">Annuler</a></p></body></html>`;
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function samePassword(given, expected) {
  const a = Buffer.from(given ?? '', 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

async function consent(req, res, details) {
  // sg-web is a first-party client: consent is implicit.
  const { prompt, grantId, session, params } = details;
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  const missing = prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  // the suite's API even when no API scope was asked for: the access token is for it
  grant.addResourceScope(RESOURCE, API_SCOPE);
  await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, {
    mergeWithLastSubmission: true,
  });
}

async function interaction(req, res, path) {
  const [, , uid, action] = path.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, 'text/plain', 'interaction mismatch');
  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'login') {
      return send(res, 200, 'text/html; charset=utf-8', loginPage(uid, details.params.client_id));
    }
    if (details.prompt.name === 'consent') return consent(req, res, details);
    return send(res, 501, 'text/plain', `prompt ${details.prompt.name} not implemented`);
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    loadUsers();
    const user = usersByName.get(form.get('username') ?? '');
    if (!user || !samePassword(form.get('password'), user.password)) {
      const page = loginPage(uid, details.params.client_id, 'Identifiant ou mot de passe incorrect.');
      return send(res, 401, 'text/html; charset=utf-8', page);
    }
    return provider.interactionFinished(req, res, { login: { accountId: user.sub } }, {
      mergeWithLastSubmission: false,
    });
  }
  if (req.method === 'GET' && action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
  }
  return send(res, 404, 'text/plain', 'not found');
}

function admin(req, res, path) {
  if (req.method === 'POST' && path === '/admin/rotate-keys') {
    rotate();
    return json(res, 200, { signing_kid: signingKeys[0].kid, published: signingKeys.map((k) => k.kid) });
  }
  if (req.method === 'POST' && path === '/admin/retire-keys') {
    retire();
    return json(res, 200, { signing_kid: signingKeys[0].kid, published: signingKeys.map((k) => k.kid) });
  }
  if (req.method === 'GET' && path === '/admin/stats') {
    return json(res, 200, {
      signing_kid: signingKeys[0].kid,
      published: signingKeys.map((k) => k.kid),
      tokens_issued: Object.fromEntries(issued),
    });
  }
  return json(res, 404, { error: 'not_found' });
}

const server = createServer((req, res) => {
  const path = new URL(req.url, issuer).pathname;
  const handle = async () => {
    if (path.startsWith('/interaction/')) return interaction(req, res, path);
    if (path.startsWith('/admin/')) return admin(req, res, path);
    return provider.callback()(req, res);
  };
  handle().catch((err) => {
    console.error('dev-idp error', err);
    if (!res.headersSent) json(res, err.statusCode ?? 500, { error: err.name, error_description: err.message });
  });
});

process.on('SIGUSR2', rotate);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}

if (!['127.0.0.1', 'localhost', '::1'].includes(args.host)) {
  console.warn(`dev-idp WARNING: listening on ${args.host}: its admin endpoints and development secrets are open to that network`);
}

server.listen(port, args.host, () => {
  console.log(`dev-idp ready ${issuer}`);
});
