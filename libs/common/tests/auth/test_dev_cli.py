"""Development keys, minting, and the ``sg-token`` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from sg_common.auth import TokenVerifier
from sg_common.auth.cli import main as sg_token
from sg_common.auth.dev import mint_dev_token, mint_token
from sg_common.settings import (
    DEV_ISSUER,
    DEV_JWKS_FILE,
    DEV_KEY_ID,
    DEV_PRIVATE_KEY_FILE,
    ServiceSettings,
)

from .support import make_settings, public_jwk, rsa_pem

SG_TOKEN = Path(sys.executable).parent / "sg-token"


def production_settings_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """SG_* variables of a production deployment that passes the settings' own checks."""
    jwks = tmp_path / "idp-jwks.json"
    jwks.write_text(json.dumps({"keys": [public_jwk(rsa_pem(), "idp-1")]}))
    monkeypatch.setenv("SG_ENV", "production")
    monkeypatch.setenv("SG_JWKS_FILE", str(jwks))
    monkeypatch.setenv("SG_JWT_ISSUER", "https://idp.example/realms/insee")
    monkeypatch.setenv("SG_SECRET_KEY", "a-real-production-secret-of-some-length")


def test_dev_key_pair() -> None:
    private = serialization.load_pem_private_key(DEV_PRIVATE_KEY_FILE.read_bytes(), password=None)
    assert isinstance(private, rsa.RSAPrivateKey)
    assert private.key_size == 2048
    (jwk,) = json.loads(DEV_JWKS_FILE.read_text())["keys"]
    assert (jwk["kid"], jwk["alg"], jwk["use"], jwk["kty"]) == (DEV_KEY_ID, "RS256", "sig", "RSA")
    assert "d" not in jwk  # public only
    public = jwt.PyJWK(jwk).key
    assert public.public_numbers() == private.public_key().public_numbers()


def test_mint_token_claims() -> None:
    at = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    token = mint_token(
        subject="alice", roles="budget.officer", units=["DPG"], name="Alice", now=at, ttl_seconds=60
    )
    assert jwt.get_unverified_header(token) == {"alg": "RS256", "typ": "JWT", "kid": DEV_KEY_ID}
    body = jwt.decode(token, options={"verify_signature": False})
    assert body["iss"] == DEV_ISSUER
    assert body["aud"] == "sg-suite"
    assert body["iat"] == int(at.timestamp())
    assert body["exp"] == body["iat"] + 60
    assert body["roles"] == ["budget.officer"]
    assert body["units"] == ["DPG"]
    assert body["name"] == "Alice"
    assert body["jti"]


async def test_mint_dev_token_follows_the_settings() -> None:
    settings = make_settings(
        jwt_audience="budget-svc", jwt_roles_claim="realm_access.roles", jwt_units_claim="org.units"
    )
    token = mint_dev_token(settings, subject="k", roles=["budget.officer"], units=["DPG"])
    body = jwt.decode(token, options={"verify_signature": False})
    assert body["aud"] == "budget-svc"
    assert body["realm_access"] == {"roles": ["budget.officer"]}
    assert body["org"] == {"units": ["DPG"]}
    principal = await TokenVerifier(settings).verify(token)
    assert principal.roles == {"budget.officer"}
    assert principal.units == ("DPG",)


def test_mint_dev_token_refused_outside_development(tmp_path: Path) -> None:
    jwks = tmp_path / "jwks.json"
    jwks.write_text(DEV_JWKS_FILE.read_text())
    settings = ServiceSettings(
        _env_file=None,
        env="staging",
        jwks_file=jwks,
        jwt_issuer="https://idp.example",
        secret_key="not-the-dev-secret-at-all",
    )
    with pytest.raises(RuntimeError, match="development"):
        mint_dev_token(settings, subject="x", roles=["sg.admin"], units=[])


async def test_cli_mints_a_token_that_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    code = sg_token(
        [
            "--role",
            "budget.officer,hr.officer",
            "--role",
            "sg.auditor",
            "--unit",
            "DPG",
            "--unit",
            "DRH",
            "--sub",
            "alice",
            "--name",
            "Alice Martin",
            "--ttl",
            "600",
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    token = captured.out.strip()
    assert captured.out == token + "\n"
    principal = await TokenVerifier(make_settings()).verify(token)
    assert principal.subject == "alice"
    assert principal.name == "Alice Martin"
    assert principal.roles == {"budget.officer", "hr.officer", "sg.auditor"}
    assert principal.units == ("DPG", "DRH")
    body = jwt.decode(token, options={"verify_signature": False})
    assert body["exp"] - body["iat"] == 600


async def test_cli_reads_the_audience_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SG_JWT_AUDIENCE", "hr-svc")
    assert sg_token(["--role", "hr.officer", "--unit", "DRH"]) == 0
    token = capsys.readouterr().out.strip()
    assert jwt.decode(token, options={"verify_signature": False})["aud"] == "hr-svc"


def test_cli_refuses_in_production_with_dev_defaults(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SG_ENV", "production")
    assert sg_token(["--role", "sg.admin", "--unit", "SG"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "refusing" in captured.err
    assert "development" in captured.err


def test_cli_refuses_in_production_with_real_settings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    production_settings_env(monkeypatch, tmp_path)
    assert sg_token(["--role", "sg.admin", "--unit", "SG"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "refusing to mint" in captured.err


def test_cli_rejects_a_bad_ttl(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        sg_token(["--role", "x", "--ttl", "0"])
    assert exited.value.code == 2
    assert capsys.readouterr().out == ""


@pytest.mark.skipif(not SG_TOKEN.exists(), reason="sg-token entry point not installed")
def test_sg_token_command(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SG_")}
    ok = subprocess.run(
        [str(SG_TOKEN), "--role", "budget.officer", "--unit", "DPG", "--sub", "alice"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    assert jwt.decode(ok.stdout.strip(), options={"verify_signature": False})["sub"] == "alice"
    refused = subprocess.run(
        [str(SG_TOKEN), "--role", "sg.admin"],
        capture_output=True,
        text=True,
        env={**env, "SG_ENV": "production"},
        cwd=tmp_path,
        check=False,
        timeout=60,
    )
    assert refused.returncode == 2
    assert refused.stdout == ""
    assert "refusing" in refused.stderr
