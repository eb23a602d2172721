"""The demo builder: every area's steps, run in foreign-key order; one per load."""

from __future__ import annotations

from app.services.demo.figures import _Figures
from app.services.demo.meetings import _Meetings
from app.services.demo.registers import _Registers
from app.services.demo.reviews import _Reviews
from app.services.demo.team import _Team


class _Builder(_Team, _Figures, _Meetings, _Registers, _Reviews):
    """Generates and writes every table, in foreign-key order; one per load."""

    def run(self, reps: int) -> None:
        report = self.report
        report(1, "Regions, managers and reps")
        self._org(reps)
        report(4, "Exchange rates")
        self._rates()
        self._targets_and_actuals(6, 62)
        self._meetings(62, 82)
        report(82, "Training")
        self._training()
        self._reviews(85, 95)
        report(95, "Risks and compliance")
        self._risks()
        self._compliance()
