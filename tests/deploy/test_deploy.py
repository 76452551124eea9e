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


def test_compose_topics_and_realm_cover_the_suite() -> None:
    script = (ROOT / "deploy" / "kafka" / "create-topics.sh").read_text()
    producers = {m.producer for m in all_events()}
    for producer in producers:
        assert producer in script
    realm = json.loads((ROOT / "deploy" / "keycloak" / "realm.json").read_text())
    roles = {r["name"] for r in realm["roles"]["realm"]}
    assert {"sg.admin", "sg.auditor"} <= roles
    assert {f"{s}.service" for s in SERVICES} <= roles
    clients = {c["clientId"]: c for c in realm["clients"]}
    for svc in SERVICES:
        assert clients[f"{svc}-svc"]["serviceAccountsEnabled"] is True
        assert clients[f"{svc}-svc"]["secret"].startswith("${")
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


def test_every_rendered_object_validates(rendered: tuple[str, list[dict[str, Any]]]) -> None:
    _, docs = rendered
    topic_schema = json.loads((K8S / "schemas" / "kafkatopic-v1beta2.json").read_text())
    for doc in docs:
        if doc["kind"] == "KafkaTopic":
            jsonschema.validate(doc, topic_schema)
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


def _by_kind(docs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def test_rendered_workloads_follow_the_suite_rules(
    rendered: tuple[str, list[dict[str, Any]]],
) -> None:
    overlay, docs = rendered
    deployments = _by_kind(docs, "Deployment")
    jobs = _by_kind(docs, "Job")
    assert set(deployments) == {f"{s}-svc" for s in SERVICES}
    for svc in SERVICES:
        name = f"{svc}-svc"
        for kind in ("Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy"):
            assert name in _by_kind(docs, kind), (kind, name)
        assert f"{name}-migrate" in jobs
        assert f"{name}-config" in _by_kind(docs, "ConfigMap")
        for workload in (deployments[name], jobs[f"{name}-migrate"]):
            pod = workload["spec"]["template"]["spec"]
            assert pod["securityContext"]["runAsNonRoot"] is True
            [container] = pod["containers"]
            assert container["securityContext"]["readOnlyRootFilesystem"] is True
            assert container["securityContext"]["allowPrivilegeEscalation"] is False
            assert container["resources"]["requests"]
            assert container["resources"]["limits"]
            for env in container.get("env", []):
                assert "value" not in env or not re.search(
                    "SECRET|PASSWORD|DATABASE_URL", env["name"]
                )
        main = deployments[name]["spec"]["template"]["spec"]["containers"][0]
        assert main["livenessProbe"]["httpGet"]["path"] == "/health/live"
        assert main["readinessProbe"]["httpGet"]["path"] == "/health/ready"
        assert jobs[f"{name}-migrate"]["spec"]["template"]["spec"]["containers"][0]["args"] == [
            "migrate"
        ]
        hpa = _by_kind(docs, "HorizontalPodAutoscaler")[name]
        # consumers beyond the partition count idle: never scale past it
        assert hpa["spec"]["maxReplicas"] <= 3
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
