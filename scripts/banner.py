"""Printed by `make run`: where each service answers and how to get a token."""

import os

from budget_svc.settings import BudgetSettings
from facilities_svc.settings import FacilitiesSettings
from hr_svc.settings import HrSettings
from it_svc.settings import ItSettings
from production_svc.settings import ProductionSettings

print("sg-suite is starting (Ctrl-C stops everything).")
print()
for settings_class in (
    BudgetSettings,
    HrSettings,
    FacilitiesSettings,
    ItSettings,
    ProductionSettings,
):
    s = settings_class()
    print(
        f"  {s.service_name:<11} {s.effective_public_url}/docs   data: {s.effective_database_url}"
    )
print("  console     http://127.0.0.1:8000   (sign in with a demonstration profile)")
print()
broker = (
    f"Apache Kafka, KRaft, log in {os.environ.get('SG_DATA_DIR', '.data')}/kafka"
    if os.environ.get("SG_RUN_KAFKA") == "apache"
    else "Tansu, memory only"
)
print(f"  broker      {BudgetSettings().kafka_bootstrap_servers} ({broker})")
print()
print("A token:   TOKEN=$(make -s token ROLE=sg.admin UNIT=SG)")
print('Call:      curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8001/org/units/SG')
print()
