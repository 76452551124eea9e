"""Settings of a service, read from the environment (``SG_`` prefix) and ``.env``.

Each service subclasses :class:`ServiceSettings` with its own defaults (name, port) and builds
it inside ``create_app()``; nothing is read at import time. Outside ``env=development`` the
default secret and the development signing key are refused, so a misconfigured production pod
fails at start instead of accepting forged tokens.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "dev-only-secret-change-me"  # noqa: S105 - a sentinel refused outside development
DEV_KEY_ID = "sg-dev-1"
DEV_KEYS_DIR = Path(__file__).parent / "auth" / "devkeys"
DEV_JWKS_FILE = DEV_KEYS_DIR / "dev-jwks.json"
DEV_PRIVATE_KEY_FILE = DEV_KEYS_DIR / "dev-private.pem"
DEV_ISSUER = "https://sg-suite.local/dev"


class Environment(StrEnum):
    development = "development"
    staging = "staging"
    production = "production"


class InsecureSettingsError(RuntimeError):
    """A non-development environment configured with a development secret or key."""


class ServiceSettings(BaseSettings):
    """Settings shared by every service. Subclass and set ``service_name`` and ``port``."""

    model_config = SettingsConfigDict(
        env_prefix="SG_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    service_name: str = "service"
    env: Environment = Environment.development
    version: str = "0.1.0"

    # HTTP
    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str | None = Field(default=None, description="Base URL printed in docs and links")
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    idempotency_ttl_s: float = Field(
        default=86_400, gt=0, description="How long an Idempotency-Key and its answer are kept"
    )
    idempotency_stale_s: float = Field(
        default=60, gt=0, description="After this, an unapplied claim (a dead attempt) is rerun"
    )
    idempotency_wait_s: float = Field(
        default=5, ge=0, description="How long a concurrent replay waits for the first answer"
    )
    log_level: str = "INFO"
    log_json: bool = True

    # Database
    data_dir: Path = Path(".data")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy async URL; default: a SQLite file <data_dir>/<service>.db",
    )
    db_echo: bool = False
    db_pool_size: int = 10
    sqlite_busy_timeout_ms: int = 30_000
    auto_migrate: bool = Field(default=True, description="Apply Alembic migrations at start")

    # Documents (sg_common.documents, docs/documents.md)
    documents_store: Literal["database", "filesystem", "s3"] = Field(
        default="database", description="Where attached files are kept"
    )
    documents_dir: Path | None = Field(
        default=None, description="filesystem store: default <data_dir>/<service>-documents"
    )
    documents_s3_bucket: str | None = Field(
        default=None, description="s3 store: the bucket (required with SG_DOCUMENTS_STORE=s3)"
    )
    documents_s3_prefix: str | None = Field(
        default=None, description="s3 store: the keys' prefix, default '<service>/'"
    )
    documents_s3_endpoint_url: str | None = Field(
        default=None, description="s3 store: an S3-compatible server's URL (MinIO, Ceph...)"
    )
    documents_s3_region: str = Field(default="us-east-1", description="s3 store: the region")
    documents_s3_access_key_id: str | None = Field(
        default=None, description="s3 store: the key id (else the AWS default chain)"
    )
    documents_s3_secret_access_key: SecretStr | None = None
    documents_s3_timeout_s: float = Field(
        default=30.0, gt=0, description="s3 store: connect and read timeout of a call"
    )
    documents_max_bytes: int = Field(
        default=10_485_760, ge=1024, description="Largest attached file (413 above)"
    )

    # Secrets and auth
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    oidc_issuer: str | None = Field(
        default=None,
        description="OIDC issuer URL: its discovery document gives the JWKS URL and the token "
        "endpoint; tokens' iss must equal it (wins over jwt_issuer)",
    )
    jwt_issuer: str = DEV_ISSUER
    jwt_audience: str = "sg-suite"
    jwks_url: str | None = Field(
        default=None, description="OIDC JWKS URL (e.g. Keycloak certs); wins over discovery"
    )
    jwks_file: Path | None = Field(default=DEV_JWKS_FILE, description="Local JWKS file")
    jwks_cache_s: float = Field(default=300, gt=0, description="How long a fetched JWKS is kept")
    jwt_verified_cache_s: float = Field(
        default=60,
        ge=0,
        description="How long a verified token is trusted without checking it again (never past "
        "its exp; 0: every request verifies its token)",
    )
    jwks_refresh_cooldown_s: float = Field(
        default=10,
        ge=0,
        description="Least seconds between two JWKS refetches for an unknown kid (rotation)",
    )
    jwt_algorithms: list[str] = Field(default_factory=lambda: ["RS256", "ES256"])
    jwt_leeway_seconds: int = Field(default=30, ge=0, le=300)
    jwt_roles_claim: str = Field(
        default="roles", description="Dotted path, e.g. realm_access.roles"
    )
    jwt_units_claim: str = "units"
    jwt_login_claim: str = Field(
        default="preferred_username",
        description="Dotted path of the person's directory login (matched to hr's agent "
        "login and to délégations de signature); ``sub`` when the token lacks it. The "
        "identity provider must keep it unique and stable (see docs/auth.md)",
    )
    sg_wide_roles: list[str] = Field(
        default_factory=lambda: ["sg.admin", "sg.auditor"],
        description="Roles that see every org unit",
    )

    # Calls to other services (generated clients; sg_common.service_clients)
    service_call_timeout_s: float = Field(default=5.0, gt=0)
    service_call_attempts: int = Field(default=3, ge=1, description="for idempotent calls")
    oidc_token_url: str | None = Field(
        default=None,
        description="OAuth2 token endpoint for this service's client credentials "
        "(default: the issuer's, from discovery)",
    )
    oidc_client_id: str | None = None
    oidc_client_secret: SecretStr | None = None

    # Tracing (OpenTelemetry): off unless an OTLP endpoint is set
    otel_exporter_otlp_endpoint: str | None = Field(
        default=None, description="OTLP/HTTP collector base URL, e.g. http://otel-collector:4318"
    )

    # Events (Kafka)
    events_enabled: bool = True
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    kafka_client_id: str | None = None
    kafka_enable_idempotence: bool = Field(
        default=False, description="On for Apache Kafka; the embedded Tansu refuses it"
    )
    kafka_topic_partitions: int = Field(default=3, ge=1)
    kafka_replication_factor: int = Field(default=1, ge=1)
    kafka_retention_days: float = Field(default=14, gt=0, description="sg.<producer>.events")
    kafka_dlq_retention_days: float = Field(default=90, gt=0, description="the .dlq topics")
    # TLS and SASL, applied to every producer, consumer and admin client (sg_common.events.kafka)
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = Field(
        default=None, description="CA bundle for SSL and SASL_SSL (default: the system CAs)"
    )
    kafka_request_timeout_ms: int = 10_000
    kafka_session_timeout_ms: int = 10_000
    kafka_heartbeat_interval_ms: int = 3_000
    kafka_fetch_max_wait_ms: int = 20
    kafka_max_poll_records: int = 100
    relay_batch_size: int = Field(default=1000, ge=1)
    relay_poll_interval_s: float = 1.0
    #: how long the relay waits for the broker to acknowledge a batch before it counts the
    #: broker as gone (closes the producer, backs off, sends the rows again)
    relay_ack_timeout_s: float = Field(default=30.0, gt=0)
    relay_backoff_max_s: float = 30.0
    outbox_retention_hours: float = 72.0
    #: how often the relay checks that the broker still holds what it acknowledged
    relay_verify_interval_s: float = Field(default=60.0, gt=0)
    consumer_max_attempts: int = Field(default=5, ge=1)
    consumer_retry_backoff_s: float = 0.2
    consumer_retry_backoff_max_s: float = 5.0

    # -- the e-mail digest of notifications (sg_common.notifications.digest, sg-notify) --
    smtp_host: str = Field(default="127.0.0.1", description="SMTP server of the digest")
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_from: str = "sg-suite@insee.fr"
    smtp_starttls: bool = Field(default=False, description="STARTTLS before sending")
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_s: float = Field(default=10.0, gt=0)
    notifications_retention_days: int = Field(
        default=365,
        ge=1,
        description="A notification read and older than this is purged (sg-notify purge)",
    )

    @property
    def is_development(self) -> bool:
        return self.env is Environment.development

    @property
    def effective_jwt_issuer(self) -> str:
        """The issuer tokens must come from: ``oidc_issuer`` when set, else ``jwt_issuer``."""
        return self.oidc_issuer or self.jwt_issuer

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / f'{self.service_name}.db').as_posix()}"

    @property
    def effective_public_url(self) -> str:
        return self.public_url or f"http://{self.host}:{self.port}"

    @model_validator(mode="after")
    def _s3_store_needs_a_bucket(self) -> Self:
        if self.documents_store == "s3" and not self.documents_s3_bucket:
            raise ValueError("SG_DOCUMENTS_STORE=s3 needs SG_DOCUMENTS_S3_BUCKET")
        return self

    @model_validator(mode="after")
    def _sasl_needs_credentials(self) -> Self:
        if self.kafka_security_protocol.startswith("SASL_") and (
            not self.kafka_sasl_username or self.kafka_sasl_password is None
        ):
            raise ValueError(
                f"SG_KAFKA_SECURITY_PROTOCOL={self.kafka_security_protocol} needs "
                "SG_KAFKA_SASL_USERNAME and SG_KAFKA_SASL_PASSWORD"
            )
        return self

    @model_validator(mode="after")
    def _refuse_dev_secrets_outside_development(self) -> Self:
        if self.is_development:
            return self
        problems: list[str] = []
        if self.secret_key.get_secret_value() == DEV_SECRET:
            problems.append("SG_SECRET_KEY is the development default")
        keys_from_file = self.jwks_url is None and self.oidc_issuer is None
        if (
            keys_from_file
            and self.jwks_file is not None
            and self.jwks_file.resolve() == DEV_JWKS_FILE.resolve()
        ):
            problems.append("SG_JWKS_FILE is the development signing key")
        if keys_from_file and self.jwks_file is None:
            problems.append("none of SG_OIDC_ISSUER, SG_JWKS_URL, SG_JWKS_FILE is set")
        if self.effective_jwt_issuer == DEV_ISSUER:
            problems.append("SG_JWT_ISSUER is the development issuer")
        if problems:
            raise InsecureSettingsError(
                f"refusing to start with env={self.env.value}: " + "; ".join(problems)
            )
        return self

    def safe_dump(self) -> dict[str, Any]:
        """Settings without secrets, for the start-up log."""
        return self.model_dump(mode="json", exclude={"secret_key"})
