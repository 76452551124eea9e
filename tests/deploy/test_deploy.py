"""Deployment artefacts, validated statically (no Docker engine or cluster runs here).

* docker-compose.yml against the Compose specification, plus the suite's own rules;
* the Kubernetes base is what deploy/k8s/generate.py writes; every overlay renders with kustomize
  and every object validates against the Kubernetes schemas (kubernetes-validate, strict) or,
  for Strimzi's KafkaTopic, against deploy/k8s/schemas/;
* every Dockerfile passes hadolint and the suite's image rules.

kustomize comes from `kubectl kustomize` (on the machine image). Where kubectl is missing the
render tests skip, unless SG_REQUIRE_DEPLOY_TOOLS=1 (CI sets it), which turns the skip into a
failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from sg_common.events.catalogue import all_events, dlq_topic, topic_of_producer

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
OVERLAYS = ["dev", "prod"]
SERVICES = ["budget", "hr", "facilities", "it", "production"]
BIN = Path(sys.executable).parent
K8S_VERSION = "1.33.0"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("SG_REQUIRE_DEPLOY_TOOLS") == "1":
            pytest.fail(f"{name} is required (SG_REQUIRE_DEPLOY_TOOLS=1) but not on PATH")
        pytest.skip(f"{name} not installed")
    return path


# ---- docker-compose ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_file_matches_the_compose_specification() -> None:
    result = subprocess.run(
        [
            str(BIN / "check-jsonschema"),
            "--builtin-schema",
            "vendor.compose-spec",
            str(ROOT / "docker-compose.yml"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_runs_each_service_after_its_migrations_on_its_own_database(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    for name in ("kafka", "kafka-init", "postgres", "keycloak", "otel-collector"):
        assert name in services
    for svc in SERVICES:
        app, migrate = services[svc], services[f"{svc}-migrate"]
        assert app["depends_on"][f"{svc}-migrate"]["condition"] == "service_completed_successfully"
        assert app["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
        assert migrate["command"] == ["migrate"]
        assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert app["environment"]["SG_DATABASE_URL"].endswith(f"@postgres:5432/{svc}")
        assert app["environment"]["SG_ENV"] == "production"
        assert app["read_only"] is True
        assert "/health/ready" in " ".join(app["healthcheck"]["test"])


def test_compose_holds_no_literal_secret(compose: dict[str, Any]) -> None:
    secretish = re.compile(r"PASSWORD|SECRET|_KEY$")
    for name, svc in compose["services"].items():
        env = svc.get("environment") or {}
        for key, value in env.items():
            if secretish.search(key):
                assert str(value).startswith("${"), (name, key)
                assert ":?" in str(value), (name, key)
            assert ":change" not in str(value)
    assert "SG_SECRET_KEY" in (ROOT / "deploy" / "compose.env.example").read_text()


def test_compose_creates_topics_with_sg_events(compose: dict[str, Any]) -> None:
    """kafka-init runs `sg-events ensure-topics` (the catalogue's topics and their .dlq) from a
    service image, configured by the settings the CLI reads."""
    init = compose["services"]["kafka-init"]
    assert [*init["entrypoint"], *init["command"]][:2] == ["sg-events", "ensure-topics"]
    assert init["image"].startswith("sg-suite/")
    env = init["environment"]
    assert env["SG_KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert int(env["SG_KAFKA_TOPIC_PARTITIONS"]) >= 1
    assert env["SG_KAFKA_REPLICATION_FACTOR"] == "1"
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_compose_keeps_kafka_log_on_its_volume(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    log_dirs = kafka["environment"]["KAFKA_LOG_DIRS"].split(",")
    mounted = {v.split(":")[1] for v in kafka["volumes"] if v.split(":")[0] in compose["volumes"]}
    assert log_dirs
    assert set(log_dirs) <= mounted, (log_dirs, mounted)
    # apache/kafka's own default (/tmp/kraft-combined-logs) would be lost with the container
    assert not any(d.startswith("/tmp") for d in log_dirs)


def test_compose_gives_each_service_its_keycloak_client(compose: dict[str, Any]) -> None:
    realm = json.loads((ROOT / "deploy" / "keycloak" / "realm.json").read_text())
    clients = {c["clientId"]: c for c in realm["clients"]}
    keycloak_env = compose["services"]["keycloak"]["environment"]
    for svc in SERVICES:
        env = compose["services"][svc]["environment"]
        assert env["SG_OIDC_CLIENT_ID"] == f"{svc}-svc"
        assert env["SG_OIDC_TOKEN_URL"].startswith("http://keycloak:8080/realms/sg-suite/")
        assert env["SG_OIDC_TOKEN_URL"].endswith("/protocol/openid-connect/token")
        assert env["SG_JWKS_URL"].startswith("http://keycloak:8080/realms/sg-suite/")
        assert env["SG_OIDC_ISSUER"] == env["SG_JWT_ISSUER"]
        # the same .env variable feeds the service and the realm's client secret
        variable = re.fullmatch(r"\$\{(\w+):\?.*\}", env["SG_OIDC_CLIENT_SECRET"])
        assert variable, env["SG_OIDC_CLIENT_SECRET"]
        assert clients[f"{svc}-svc"]["secret"].startswith("${" + variable[1])
        assert variable[1] in keycloak_env
        assert variable[1] in (ROOT / "deploy" / "compose.env.example").read_text()


def test_realm_has_one_confidential_client_per_service() -> None:
    realm = json.loads((ROOT / "deploy" / "keycloak" / "realm.json").read_text())
    roles = {r["name"] for r in realm["roles"]["realm"]}
    assert {"sg.admin", "sg.auditor"} <= roles
    assert {f"{s}.service" for s in SERVICES} <= roles
    clients = {c["clientId"]: c for c in realm["clients"]}
    accounts = {u.get("serviceAccountClientId"): u for u in realm["users"]}
    for svc in SERVICES:
        client = clients[f"{svc}-svc"]
        assert client["publicClient"] is False
        assert client["serviceAccountsEnabled"] is True
        assert client["standardFlowEnabled"] is False
        assert client["secret"].startswith("${")
        assert accounts[f"{svc}-svc"]["realmRoles"] == [f"{svc}.service"]
    mappers = [m["config"].get("claim.name") for m in clients["sg-suite-web"]["protocolMappers"]]
    assert "units" in mappers


# ---- Kubernetes ----------------------------------------------------------------------------


def test_kubernetes_base_is_what_the_generator_writes() -> None:
    result = subprocess.run(
        [sys.executable, str(K8S / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, f"run `make k8s`: {result.stderr}"


@pytest.fixture(scope="module", params=OVERLAYS)
def rendered(request: pytest.FixtureRequest) -> tuple[str, list[dict[str, Any]]]:
    kubectl = _tool("kubectl")
    result = subprocess.run(
        [kubectl, "kustomize", str(K8S / "overlays" / request.param)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return request.param, [d for d in yaml.safe_load_all(result.stdout) if d]


CRD_SCHEMAS = {
    "KafkaTopic": "kafkatopic-v1beta2.json",
    "ServiceMonitor": "servicemonitor-v1.json",
}


def test_every_rendered_object_validates(rendered: tuple[str, list[dict[str, Any]]]) -> None:
    _, docs = rendered
    schemas = {k: json.loads((K8S / "schemas" / f).read_text()) for k, f in CRD_SCHEMAS.items()}
    for doc in docs:
        if doc["kind"] in schemas:
            jsonschema.validate(doc, schemas[doc["kind"]])
        else:
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_a_broken_manifest_is_caught() -> None:
    """The validators can fail: a typo and a wrong type are both refused."""
    bad = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "x"},
        "spec": {"replica": 2, "selector": {}, "template": {"spec": {"containers": []}}},
    }
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(bad, K8S_VERSION, strict=True)
    topic_schema = json.loads((K8S / "schemas" / "kafkatopic-v1beta2.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {
                "apiVersion": "kafka.strimzi.io/v1beta2",
                "kind": "KafkaTopic",
                "metadata": {"name": "t", "labels": {"strimzi.io/cluster": "c"}},
                "spec": {"partitions": 0},
            },
            topic_schema,
        )
    monitor_schema = json.loads((K8S / "schemas" / "servicemonitor-v1.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {
                "apiVersion": "monitoring.coreos.com/v1",
                "kind": "ServiceMonitor",
                "metadata": {"name": "m"},
                "spec": {"selector": {"matchLabels": {}}, "endpoint": [{"port": "http"}]},
            },
            monitor_schema,
        )


def _by_kind(docs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def _job_key(name: str) -> str:
    """A Job's name without its version suffix: budget-svc-migrate-0.1.0 → budget-svc-migrate."""
    for stem in (*(f"{s}-svc-migrate" for s in SERVICES), "sg-kafka-topics"):
        if name.startswith(stem + "-"):
            return stem
    return name


def test_rendered_workloads_follow_the_suite_rules(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    overlay, docs = rendered
    deployments = _by_kind(docs, "Deployment")
    jobs = {_job_key(name): job for name, job in _by_kind(docs, "Job").items()}
    assert set(deployments) == {f"{s}-svc" for s in SERVICES} | {"console"}
    for svc in SERVICES:
        name = f"{svc}-svc"
        for kind in (
            "Service",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "NetworkPolicy",
            "ServiceMonitor",
        ):
            assert name in _by_kind(docs, kind), (kind, name)
        assert f"{name}-migrate" in jobs
        assert f"{name}-config" in _by_kind(docs, "ConfigMap")
        for workload in (deployments[name], jobs[f"{name}-migrate"]):
            pod = workload["spec"]["template"]["spec"]
            assert pod["securityContext"]["runAsNonRoot"] is True
            for container in [*pod.get("initContainers", []), *pod["containers"]]:
                assert container["securityContext"]["readOnlyRootFilesystem"] is True
                assert container["securityContext"]["allowPrivilegeEscalation"] is False
                assert container["resources"]["requests"]
                assert container["resources"]["limits"]
                for env in container.get("env", []):
                    assert "value" not in env or not re.search(
                        "SECRET|PASSWORD|DATABASE_URL", env["name"]
                    )
                secret_keys = {
                    e["name"]: e["valueFrom"]["secretKeyRef"]
                    for e in container.get("env", [])
                    if "secretKeyRef" in e.get("valueFrom", {})
                }
                assert secret_keys["SG_OIDC_CLIENT_SECRET"]["name"] == f"{name}-secrets"
                assert secret_keys["SG_KAFKA_SASL_PASSWORD"]["name"] == name
        main = deployments[name]["spec"]["template"]["spec"]["containers"][0]
        assert main["livenessProbe"]["httpGet"]["path"] == "/health/live"
        assert main["readinessProbe"]["httpGet"]["path"] == "/health/ready"
        assert jobs[f"{name}-migrate"]["spec"]["template"]["spec"]["containers"][0]["args"] == [
            "migrate"
        ]
        config = _by_kind(docs, "ConfigMap")[f"{name}-config"]["data"]
        assert config["SG_OIDC_CLIENT_ID"] == name
    common = _by_kind(docs, "ConfigMap")["sg-suite-common"]["data"]
    for key in ("SG_OIDC_TOKEN_URL", "SG_OIDC_ISSUER", "SG_JWKS_URL"):
        assert common[key].startswith(("http://", "https://")), key
    assert common["SG_OIDC_TOKEN_URL"].endswith("/protocol/openid-connect/token")
    assert not _by_kind(docs, "Secret"), "secrets are provisioned outside the manifests"
    if overlay == "prod":
        for d in deployments.values():
            image = d["spec"]["template"]["spec"]["containers"][0]["image"]
            assert not image.endswith((":latest", ":dev"))


def test_network_policies_open_only_the_needed_paths(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    _, docs = rendered
    policies = _by_kind(docs, "NetworkPolicy")
    assert policies["default-deny"]["spec"]["podSelector"] == {}
    facilities_egress = json.dumps(policies["facilities-svc"]["spec"]["egress"])
    assert "budget-svc" in facilities_egress
    assert "hr-svc" not in facilities_egress
    budget = policies["budget-svc"]["spec"]
    assert '"sg-suite/database": "budget"' in json.dumps(budget["egress"])
    assert "facilities-svc" in json.dumps(budget["ingress"])


def test_topics_cover_every_producer_and_dead_letter_topic(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    _, docs = rendered
    names = {d["spec"]["topicName"] for d in docs if d["kind"] == "KafkaTopic"}
    producers = {m.producer for m in all_events()}
    wanted = {topic_of_producer(p) for p in producers}
    assert wanted | {dlq_topic(t) for t in wanted} <= names


# ---- images --------------------------------------------------------------------------------

DOCKERFILES = sorted(ROOT.glob("services/*/Dockerfile"))


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: p.parent.name)
def test_dockerfile_passes_hadolint_and_the_image_rules(dockerfile: Path) -> None:
    result = subprocess.run(
        [str(BIN / "hadolint"), "--failure-threshold", "warning", str(dockerfile)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = dockerfile.read_text()
    service = dockerfile.parent.name.removesuffix("-svc")
    assert len(re.findall(r"^FROM ", text, re.M)) >= 2, "multi-stage build"
    assert "uv sync --frozen --no-dev" in text, "locked dependencies, no dev tools"
    assert re.search(r"^USER (?!root|0\b)\S+", text, re.M), "non-root user"
    assert "HEALTHCHECK" in text
    assert "/health/live" in text
    assert f'ENTRYPOINT ["sg-service", "{service}"]' in text
    final_stage = text.rsplit("FROM ", 1)[1]
    assert "COPY --from=ghcr.io/astral-sh/uv" not in final_stage, "no build tools at runtime"


def test_dockerignore_keeps_local_state_out_of_images() -> None:
    ignored = (ROOT / ".dockerignore").read_text().split()
    for entry in (".venv", ".data", ".git"):
        assert entry in ignored


# ---- rolling out: versioned Jobs, ordering -------------------------------------------------


def _render_with_tag(overlay: str, tag: str, tmp_path: Path) -> list[dict[str, Any]]:
    """The overlay as a release `tag` would render it: its kustomization with every image's
    newTag replaced (a copy, its base reached by a relative path from the copy)."""
    kubectl = _tool("kubectl")
    source = K8S / "overlays" / overlay
    target = tmp_path / overlay
    shutil.copytree(source, target)
    kustomization = yaml.safe_load((target / "kustomization.yaml").read_text())
    kustomization["resources"] = [
        os.path.relpath((source / r).resolve(), target) for r in kustomization["resources"]
    ]
    for image in kustomization["images"]:
        image["newTag"] = tag
    (target / "kustomization.yaml").write_text(yaml.safe_dump(kustomization))
    result = subprocess.run(
        [kubectl, "kustomize", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_a_new_release_is_a_new_job_and_the_rest_is_updated_in_place(
    overlay: str, tmp_path: Path
) -> None:
    """A Job's template is immutable: `kubectl apply` of a new image onto an existing Job fails.
    Two releases must render Jobs of different names (and the same names for everything else,
    which apply updates in place); each Job runs the image its name carries."""
    old = _render_with_tag(overlay, "1.4.0", tmp_path / "old")
    new = _render_with_tag(overlay, "1.5.0", tmp_path / "new")
    old_jobs, new_jobs = _by_kind(old, "Job"), _by_kind(new, "Job")
    assert len(old_jobs) == len(SERVICES) + 1
    assert not set(old_jobs) & set(new_jobs), "a Job name reused across releases"
    for docs, jobs, tag in ((old, old_jobs, "1.4.0"), (new, new_jobs, "1.5.0")):
        for name, job in jobs.items():
            assert name.endswith("-" + tag)
            image = job["spec"]["template"]["spec"]["containers"][0]["image"]
            assert image.endswith(":" + tag)
            assert len(name) <= 63, "the job-name label carries it"
            assert re.fullmatch(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?", name)
        assert {_job_key(n) for n in jobs} == {
            *(f"{s}-svc-migrate" for s in SERVICES),
            "sg-kafka-topics",
        }
        for d in docs:
            assert d["metadata"]["name"].endswith(tag) == (d["kind"] == "Job"), d["metadata"]
    others = {(d["kind"], d["metadata"]["name"]) for d in old if d["kind"] != "Job"}
    assert others == {(d["kind"], d["metadata"]["name"]) for d in new if d["kind"] != "Job"}


def test_jobs_and_pods_are_ordered_for_argo_cd_and_plain_apply(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    _, docs = rendered
    jobs = {_job_key(n): j for n, j in _by_kind(docs, "Job").items()}
    waves = {}
    for key, job in jobs.items():
        notes = job["metadata"]["annotations"]
        # Argo CD: hooks before the sync, the previous run deleted before a new one is created
        assert notes["argocd.argoproj.io/hook"] == "PreSync"
        assert "BeforeHookCreation" in notes["argocd.argoproj.io/hook-delete-policy"]
        waves[key] = int(notes["argocd.argoproj.io/sync-wave"])
        assert job["spec"]["ttlSecondsAfterFinished"] > 0, "old releases' Jobs are cleaned up"
    assert all(waves["sg-kafka-topics"] < waves[f"{s}-svc-migrate"] for s in SERVICES)
    topics = jobs["sg-kafka-topics"]["spec"]["template"]["spec"]["containers"][0]
    assert [*topics["command"], *topics["args"]][:2] == ["sg-events", "ensure-topics"]
    # plain `kubectl apply -k` has no ordering: each pod waits for its release's migration
    for name, deployment in _by_kind(docs, "Deployment").items():
        if name == "console":
            continue  # no database, nothing to wait for
        pod = deployment["spec"]["template"]["spec"]
        [wait] = pod["initContainers"]
        [main] = pod["containers"]
        assert wait["args"][0] == "wait-migrated"
        assert wait["image"] == main["image"]
        assert wait["env"] == main["env"]
        assert wait["envFrom"] == main["envFrom"]
        assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0, name


# ---- serving: ingress, scaling, scraping ---------------------------------------------------


def test_ingress_serves_every_api_over_tls(rendered: tuple[str, list[dict[str, Any]]]) -> None:
    _, docs = rendered
    ingress = _by_kind(docs, "Ingress")["sg-suite"]
    spec = ingress["spec"]
    [tls] = spec["tls"]
    assert tls["secretName"]
    services = _by_kind(docs, "Service")
    routed = {}
    for rule in spec["rules"]:
        assert rule["host"] in tls["hosts"]
        [path] = rule["http"]["paths"]
        backend = path["backend"]["service"]
        ports = {p["name"] for p in services[backend["name"]]["spec"]["ports"]}
        assert backend["port"]["name"] in ports
        routed[backend["name"]] = rule["host"]
    assert set(routed) == {f"{s}-svc" for s in SERVICES}
    policies = _by_kind(docs, "NetworkPolicy")
    for name in routed:
        assert "ingress-nginx" in json.dumps(policies[name]["spec"]["ingress"])


def test_http_replicas_can_scale_and_disruption_budgets_fit(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    """Consumers beyond the partition count idle, which is harmless: HTTP must scale past it.
    PDBs allow one eviction at a time at any replica count, never all of them."""
    overlay, docs = rendered
    deployments = _by_kind(docs, "Deployment")
    pdbs = _by_kind(docs, "PodDisruptionBudget")
    for name, hpa in _by_kind(docs, "HorizontalPodAutoscaler").items():
        low, high = hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]
        assert high > low, f"{name}: the HPA cannot scale"
        if overlay == "prod":
            assert low >= 3
            assert high > 3, "prod scales HTTP beyond the 3 partitions"
        assert low <= deployments[name]["spec"]["replicas"] <= high
        budget = pdbs[name]["spec"]
        assert "minAvailable" not in budget, "minAvailable blocks drains at minReplicas"
        assert budget["maxUnavailable"] == 1
        if low > 1:
            assert budget["maxUnavailable"] < low


def test_prometheus_scrapes_every_service(rendered: tuple[str, list[dict[str, Any]]]) -> None:
    _, docs = rendered
    services = _by_kind(docs, "Service")
    policies = _by_kind(docs, "NetworkPolicy")
    for name, monitor in _by_kind(docs, "ServiceMonitor").items():
        service = services[name]
        selector = monitor["spec"]["selector"]["matchLabels"]
        assert selector.items() <= service["metadata"]["labels"].items()
        [endpoint] = monitor["spec"]["endpoints"]
        assert endpoint["path"] == "/metrics"
        [port] = [p for p in service["spec"]["ports"] if p["name"] == endpoint["port"]]
        container_port = next(
            p["containerPort"]
            for p in _by_kind(docs, "Deployment")[name]["spec"]["template"]["spec"]["containers"][
                0
            ]["ports"]
            if p["name"] == port["targetPort"]
        )
        admitted = [
            rule
            for rule in policies[name]["spec"]["ingress"]
            if any(
                f.get("namespaceSelector", {}).get("matchLabels", {})
                == {"kubernetes.io/metadata.name": "monitoring"}
                for f in rule["from"]
            )
        ]
        assert admitted, f"{name}: the monitoring namespace cannot reach /metrics"
        assert any(p["port"] == container_port for r in admitted for p in r["ports"])
    assert set(_by_kind(docs, "ServiceMonitor")) == {f"{s}-svc" for s in SERVICES} | {"console"}


def test_prod_talks_to_kafka_over_sasl_ssl(rendered: tuple[str, list[dict[str, Any]]]) -> None:
    overlay, docs = rendered
    common = _by_kind(docs, "ConfigMap")["sg-suite-common"]["data"]
    if overlay != "prod":
        assert common.get("SG_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT") == "PLAINTEXT"
        assert "SG_KAFKA_SSL_CAFILE" not in common, "no CA file where none is mounted"
        return
    assert common["SG_KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert common["SG_KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    cafile = Path(common["SG_KAFKA_SSL_CAFILE"])
    port = int(common["SG_KAFKA_BOOTSTRAP_SERVERS"].rsplit(":", 1)[1])
    workloads = [*_by_kind(docs, "Deployment").values(), *_by_kind(docs, "Job").values()]
    for workload in workloads:
        if workload["metadata"]["name"] == "console":
            continue  # the console does not talk to Kafka
        name = workload["metadata"]["name"]
        pod = workload["spec"]["template"]["spec"]
        volumes = {v["name"]: v for v in pod["volumes"]}
        for container in [*pod.get("initContainers", []), *pod["containers"]]:
            env = {e["name"]: e for e in container["env"]}
            assert "secretKeyRef" in env["SG_KAFKA_SASL_PASSWORD"]["valueFrom"], name
            configs = [
                _by_kind(docs, "ConfigMap")[ref["configMapRef"]["name"]]["data"]
                for ref in container["envFrom"]
            ]
            assert any("SG_KAFKA_SASL_USERNAME" in c for c in configs) or (
                "SG_KAFKA_SASL_USERNAME" in env
            ), name
            [mount] = [
                m for m in container["volumeMounts"] if Path(m["mountPath"]) == cafile.parent
            ]
            secret = volumes[mount["name"]]["secret"]
            assert cafile.name in {i["path"] for i in secret["items"]}
    for name, policy in _by_kind(docs, "NetworkPolicy").items():
        egress = json.dumps(policy["spec"].get("egress", []))
        if "strimzi.io/cluster" in egress:
            assert f'"port": {port}' in egress, name


# ---- the console ---------------------------------------------------------------------------


def test_compose_runs_the_console_against_the_services_and_keycloak(
    compose: dict[str, Any],
) -> None:
    console = compose["services"]["console"]
    env = console["environment"]
    assert env["SG_ENV"] == "production"
    assert console["read_only"] is True
    assert "/health/ready" in " ".join(console["healthcheck"]["test"])
    assert console["ports"] == ["8000:8000"]
    assert "SG_DATABASE_URL" not in env
    for svc in SERVICES:
        assert env[f"SG_{svc.upper()}_URL"] == f"http://{svc}:8000"
    realm = json.loads((ROOT / "deploy" / "keycloak" / "realm.json").read_text())
    web = next(c for c in realm["clients"] if c["clientId"] == env["SG_OIDC_CLIENT_ID"])
    assert web["publicClient"] is True
    assert web["attributes"]["pkce.code.challenge.method"] == "S256"
    assert "http://localhost:8000/callback" in web["redirectUris"]
    assert env["SG_OIDC_POST_LOGOUT_URL"] in web["attributes"]["post.logout.redirect.uris"]


def test_the_console_is_deployed_like_a_service_without_database_or_kafka(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    overlay, docs = rendered
    deployment = _by_kind(docs, "Deployment")["console"]
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    [main] = pod["containers"]
    assert main["securityContext"]["readOnlyRootFilesystem"] is True
    assert main["readinessProbe"]["httpGet"]["path"] == "/health/ready"
    assert "initContainers" not in pod
    secrets = {e["name"]: e["valueFrom"]["secretKeyRef"]["name"] for e in main["env"]}
    assert secrets == {
        "SG_SECRET_KEY": "console-secrets",
        "SG_OIDC_CLIENT_SECRET": "console-secrets",
    }
    config = _by_kind(docs, "ConfigMap")["console-config"]["data"]
    for svc in SERVICES:
        assert config[f"SG_{svc.upper()}_URL"] == f"http://{svc}-svc:8000"
    for kind in ("Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceMonitor"):
        assert "console" in _by_kind(docs, kind), kind
    # in-memory sessions: the console's own Ingress pins a browser to one pod
    ingress = _by_kind(docs, "Ingress")["console"]
    assert ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    [tls] = ingress["spec"]["tls"]
    assert tls["secretName"]
    policies = _by_kind(docs, "NetworkPolicy")
    egress = json.dumps(policies["console"]["spec"]["egress"])
    assert "sg-suite/database" not in egress
    assert "strimzi.io/cluster" not in egress
    for svc in SERVICES:
        assert f'"app.kubernetes.io/name": "{svc}-svc"' in egress
        assert '"app.kubernetes.io/name": "console"' in json.dumps(
            policies[f"{svc}-svc"]["spec"]["ingress"]
        ), f"{svc}-svc does not admit the console"
    if overlay == "prod":
        assert main["image"].startswith("registry.insee.example/sg-suite/console:")


def test_notifying_services_run_their_digest_and_purge_as_cronjobs(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    """Issue #22: ``sg-notify digest`` each working morning, ``sg-notify purge`` each night, for
    every service with notifications, in its own image and settings, one run at a time; their
    pods reach DNS, their database and the SMTP relay only."""
    overlay, docs = rendered
    cronjobs = _by_kind(docs, "CronJob")
    policies = _by_kind(docs, "NetworkPolicy")
    notifying = ("budget", "hr", "facilities", "production")
    assert set(cronjobs) == {
        f"{s}-svc-notifications-{c}" for s in notifying for c in ("digest", "purge")
    }
    common = _by_kind(docs, "ConfigMap")["sg-suite-common"]["data"]
    assert common["SG_NOTIFICATIONS_RETENTION_DAYS"] == "365"
    assert common["SG_SMTP_HOST"]
    for svc in notifying:
        for command in ("digest", "purge"):
            job = cronjobs[f"{svc}-svc-notifications-{command}"]["spec"]
            assert job["concurrencyPolicy"] == "Forbid"
            assert job["timeZone"] == "Europe/Paris"
            pod = job["jobTemplate"]["spec"]["template"]["spec"]
            assert pod["securityContext"]["runAsNonRoot"] is True
            [main] = pod["containers"]
            assert main["command"] == ["sg-notify"]
            assert main["args"] == [command, svc]
            assert main["image"].split("/")[-1].startswith(f"{svc}-svc:")
            assert main["securityContext"]["readOnlyRootFilesystem"] is True
            assert main["imagePullPolicy"] == ("Never" if overlay == "dev" else "Always")
            secrets = {e["name"] for e in main["env"] if "valueFrom" in e}
            assert "SG_DATABASE_URL" in secrets
            labels = job["jobTemplate"]["spec"]["template"]["metadata"]["labels"]
            assert labels["app.kubernetes.io/name"] == f"{svc}-svc-notifications"
        egress = json.dumps(policies[f"{svc}-svc-notifications"]["spec"]["egress"])
        assert f'"sg-suite/database": "{svc}"' in egress
        assert '"port": 25' in egress
        assert "strimzi" not in egress
    assert cronjobs["budget-svc-notifications-digest"]["spec"]["schedule"] == "0 7 * * 1-5"
