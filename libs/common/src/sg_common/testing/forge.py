"""Forged and hostile bearer tokens, built as an attacker would (tests only).

Used by the token tests of ``sg_common.auth`` (against a small app) and by the hostile suite
(``tests/security``, against each running service). Every token here must be refused with a
401 problem; :func:`token_attacks` lists them by name.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from sg_common.settings import DEV_ISSUER, DEV_JWKS_FILE, DEV_KEY_ID, DEV_PRIVATE_KEY_FILE


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def rsa_pem() -> bytes:
    """A fresh RSA private key (PEM): a key the services do not know."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def ec_pem() -> bytes:
    """A fresh P-256 private key (PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def public_jwk(private_pem: bytes, kid: str, alg: str = "RS256") -> dict[str, Any]:
    """The public JWK of a private key, with ``kid``, ``alg`` and ``use: sig``."""
    from jwt.algorithms import ECAlgorithm, RSAAlgorithm

    key: Any = serialization.load_pem_private_key(private_pem, password=None)
    algorithm: Any = RSAAlgorithm if isinstance(key, rsa.RSAPrivateKey) else ECAlgorithm
    jwk: dict[str, Any] = algorithm.to_jwk(key.public_key(), as_dict=True)
    jwk.update(kid=kid, alg=alg, use="sig")
    return jwk


def dev_public_pem() -> bytes:
    """The public half of the repository's dev key, as PEM (what an attacker can read)."""
    jwk = json.loads(DEV_JWKS_FILE.read_text())["keys"][0]
    public_key: Any = jwt.PyJWK(jwk).key
    pem: bytes = public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return pem


def claims(**overrides: Any) -> dict[str, Any]:
    """Claims a service accepts (dev issuer, audience ``sg-suite``, admin), then ``overrides``."""
    now = int(time.time())
    base: dict[str, Any] = {
        "sub": "mallory",
        "iss": DEV_ISSUER,
        "aud": "sg-suite",
        "iat": now,
        "exp": now + 300,
        "roles": ["sg.admin"],
        "units": ["SG"],
    }
    base.update(overrides)
    return base


def hand_signed(header: dict[str, Any], payload: dict[str, Any], secret: bytes) -> str:
    """A token built by hand with an HMAC-SHA256 signature (PyJWT refuses PEM secrets)."""
    head = b64url(json.dumps(header).encode())
    body = b64url(json.dumps(payload).encode())
    sig = b64url(hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"


def forge_hs256(secret: bytes, payload: dict[str, Any], kid: str = DEV_KEY_ID) -> str:
    """An HS256 token keyed with ``secret`` (the key-confusion attack uses the public key)."""
    return hand_signed({"alg": "HS256", "typ": "JWT", "kid": kid}, payload, secret)


def unsigned(payload: dict[str, Any], kid: str = DEV_KEY_ID, alg: str = "none") -> str:
    """An ``alg: none`` token (empty signature)."""
    head = b64url(json.dumps({"alg": alg, "typ": "JWT", "kid": kid}).encode())
    return f"{head}.{b64url(json.dumps(payload).encode())}."


def signed(
    payload: dict[str, Any],
    *,
    private_pem: bytes | None = None,
    alg: str = "RS256",
    headers: dict[str, Any] | None = None,
) -> str:
    """A token signed with ``private_pem`` (default: the dev key), kid ``sg-dev-1`` unless
    ``headers`` says otherwise."""
    key = private_pem if private_pem is not None else DEV_PRIVATE_KEY_FILE.read_bytes()
    return jwt.encode(payload, key, algorithm=alg, headers={"kid": DEV_KEY_ID, **(headers or {})})


def self_signed_cert(key: Any, common_name: str, *, ca: bool = False) -> x509.Certificate:
    """A certificate of ``key`` signed by itself, valid for a day (``ca``: a CA certificate)."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
    )
    if ca:
        builder = builder.add_extension(
            x509.BasicConstraints(ca=True, path_length=None), critical=True
        )
    return builder.sign(key, hashes.SHA256())


def self_signed_cert_b64(private_pem: bytes) -> str:
    """A self-signed certificate of the key (base64 DER), for an ``x5c`` header."""
    key: Any = serialization.load_pem_private_key(private_pem, password=None)
    cert = self_signed_cert(key, "sg-suite.local")
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


@dataclass(frozen=True)
class TokenAttack:
    """A named hostile token and the reason a service must refuse it."""

    name: str
    token: str
    why: str


def token_attacks(attacker_url: str) -> list[TokenAttack]:
    """Every forged token the hostile suite sends; each must answer 401.

    ``attacker_url`` is a server the attacker controls (``jku``/``x5u`` point there): a service
    that follows those headers would fetch from it, which the caller can detect.
    """
    foreign = rsa_pem()
    foreign_ec = ec_pem()
    now = int(time.time())
    valid = signed(claims())
    head, _, sig = valid.split(".")
    escalated = b64url(json.dumps(claims(sub="root", roles=["sg.admin", "sg.auditor"])).encode())
    no_exp = claims()
    del no_exp["exp"]
    attacks = [
        ("alg-none", unsigned(claims()), "an unsigned token"),
        ("alg-None-case", unsigned(claims(), alg="None"), "alg none, other case"),
        ("alg-none-no-dot", unsigned(claims())[:-1], "alg none without the signature part"),
        (
            "hs256-public-key-pem",
            forge_hs256(dev_public_pem(), claims()),
            "key confusion: HMAC keyed with the public RSA key (PEM)",
        ),
        (
            "hs256-public-jwk",
            forge_hs256(DEV_JWKS_FILE.read_bytes(), claims()),
            "key confusion: HMAC keyed with the published JWKS document",
        ),
        ("hs256-empty-secret", forge_hs256(b"", claims()), "HMAC with an empty secret"),
        (
            "foreign-key-same-kid",
            signed(claims(), private_pem=foreign),
            "an attacker's RSA key claiming the dev key's kid",
        ),
        (
            "foreign-ec-key-same-kid",
            signed(claims(), private_pem=foreign_ec, alg="ES256"),
            "an attacker's EC key claiming the dev key's kid",
        ),
        (
            "signature-stripped",
            ".".join(valid.split(".")[:2]) + ".",
            "a real token's header and claims, no signature",
        ),
        (
            "claims-swapped",
            f"{head}.{escalated}.{sig}",
            "a real signature over other (escalated) claims",
        ),
        (
            "expired",
            signed(claims(iat=now - 7200, nbf=now - 7200, exp=now - 3600)),
            "expired an hour ago",
        ),
        (
            "not-yet-valid",
            signed(claims(iat=now + 600, nbf=now + 600, exp=now + 1200)),
            "nbf and iat 10 minutes ahead",
        ),
        ("missing-exp", signed(no_exp), "no expiry"),
        ("wrong-audience", signed(claims(aud="another-app")), "audience of another application"),
        (
            "wrong-issuer",
            signed(claims(iss="https://evil.example")),
            "issuer the service does not trust",
        ),
        ("empty-subject", signed(claims(sub="")), "no subject"),
        ("id-token", signed(claims(typ="ID")), "an ID token used as an access token"),
        (
            "jku-injection",
            signed(
                claims(),
                private_pem=foreign,
                headers={"jku": f"{attacker_url}/jwks.json", "kid": "attacker-1"},
            ),
            "jku points at the attacker's key set",
        ),
        (
            "jku-injection-same-kid",
            signed(claims(), private_pem=foreign, headers={"jku": f"{attacker_url}/jwks.json"}),
            "jku points at the attacker's key set, kid of the dev key",
        ),
        (
            "jwk-embedded",
            signed(
                claims(),
                private_pem=foreign,
                headers={"jwk": public_jwk(foreign, "attacker-1"), "kid": "attacker-1"},
            ),
            "the verification key embedded in the header",
        ),
        (
            "jwk-embedded-same-kid",
            signed(claims(), private_pem=foreign, headers={"jwk": public_jwk(foreign, DEV_KEY_ID)}),
            "the verification key embedded in the header, kid of the dev key",
        ),
        (
            "x5u-injection",
            signed(
                claims(),
                private_pem=foreign,
                headers={"x5u": f"{attacker_url}/cert.pem", "kid": "attacker-1"},
            ),
            "x5u points at the attacker's certificate",
        ),
        (
            "x5c-embedded",
            signed(
                claims(),
                private_pem=foreign,
                headers={"x5c": [self_signed_cert_b64(foreign)]},
            ),
            "a self-signed certificate chain embedded in the header",
        ),
        (
            "kid-path-traversal",
            forge_hs256(b"", claims(), kid="../../../../../../dev/null"),
            "kid naming a file (HMAC with the empty file's content)",
        ),
        (
            "kid-path-traversal-rsa",
            signed(claims(), private_pem=foreign, headers={"kid": "../devkeys/dev-jwks.json"}),
            "kid naming the key file by path",
        ),
        (
            "kid-sql-injection",
            signed(claims(), private_pem=foreign, headers={"kid": "x' UNION SELECT 'k' --"}),
            "kid carrying SQL",
        ),
        (
            "crit-unknown-extension",
            signed(claims(), headers={"crit": ["sg-unknown"], "sg-unknown": True}),
            "a critical header extension the service does not understand (RFC 7515 4.1.11)",
        ),
    ]
    return [TokenAttack(name, token, why) for name, token, why in attacks]
