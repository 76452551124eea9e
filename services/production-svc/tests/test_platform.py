"""production-svc stands on the platform: health, metrics, org read, auth, migrations, and routers
that never touch the session (``sg_common.testing.platform``)."""

from sg_common.testing.platform import PlatformTests


class TestPlatform(PlatformTests):
    """The platform tests, on production-svc."""
