"""The demo builder: every area's steps, run in foreign-key order; one per load."""

from __future__ import annotations

from app.services.demo.figures import FigureSteps
from app.services.demo.one_on_ones import OneOnOneSteps
from app.services.demo.registers import RegisterSteps
from app.services.demo.reviews import ReviewSteps
from app.services.demo.team import TeamSteps


class DemoBuilder(TeamSteps, FigureSteps, OneOnOneSteps, RegisterSteps, ReviewSteps):
    """Generates and writes every table, in foreign-key order; one per load."""

    def run(self, reps: int) -> None:
        report = self.report
        report(1, "Regions, managers and reps")
        self.write_org(reps)
        report(4, "Exchange rates")
        self.write_rates()
        self.write_targets_and_actuals(6, 62)
        self.write_one_on_ones(62, 82)
        report(82, "Training")
        self.write_training()
        self.write_reviews(85, 95)
        report(95, "Risks and compliance")
        self.write_risks()
        self.write_compliance()
