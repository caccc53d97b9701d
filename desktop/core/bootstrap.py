"""Opens everything the GUI and the CLI share: data folder, database (backed up and migrated),
rules and services. One place, so both front ends run the same core."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.core.clock import Clock, SystemClock
from desktop.core.errors import DataFileError, UserError
from desktop.core.evidence.store import EvidenceStore
from desktop.core.paths import DataPaths
from desktop.core.rules import RuleSet, load_default_rules
from desktop.core.services.alerts import AlertService
from desktop.core.services.batch import BatchService
from desktop.core.services.briefing import BriefingService
from desktop.core.services.cases import CaseService
from desktop.core.services.channels import ChannelService
from desktop.core.services.engine import ReminderEngine
from desktop.core.services.evidence import EvidenceService
from desktop.core.services.freshness import FreshnessService
from desktop.core.services.imports import ImportService
from desktop.core.services.playbooks import PlaybookService
from desktop.core.services.pushes import PushService
from desktop.core.services.queue import QueueService
from desktop.core.services.reminders import ReminderService
from desktop.core.services.rules import RulesService
from desktop.core.services.settings import SettingsService
from desktop.core.storage.database import Database
from desktop.core.storage.migrate import MigrationReport, upgrade_database

log = logging.getLogger(__name__)


@dataclass
class Core:
    paths: DataPaths
    clock: Clock
    db: Database
    migration: MigrationReport
    settings: SettingsService
    rules: RulesService
    cases: CaseService
    queue: QueueService
    reminders: ReminderService
    imports: ImportService
    batch: BatchService
    playbooks: PlaybookService
    evidence: EvidenceService
    freshness: FreshnessService
    alerts: AlertService
    briefings: BriefingService
    channels: ChannelService
    pushes: PushService
    engine: ReminderEngine

    def close(self) -> None:
        self.db.close()


def open_core(data_dir: Path | None, clock: Clock | None = None) -> Core:
    clock = clock or SystemClock()
    paths = DataPaths.at(data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        raise UserError(
            "data_dir_unusable", path=str(paths.root), detail=exc.strerror or str(exc)
        ) from exc
    defaults = _load_rules()
    report = upgrade_database(paths.database, paths.backups, clock.now())
    if report.from_revision != report.to_revision:
        log.info(
            "database %s migrated %s -> %s",
            paths.database,
            report.from_revision,
            report.to_revision,
        )
    db = Database(paths.database)
    settings = SettingsService(db)
    rules = RulesService(db, clock, defaults)
    reminders = ReminderService(db, clock, settings)
    freshness = FreshnessService(db)
    alerts = AlertService(db, clock, settings)
    briefings = BriefingService(db, clock, settings, freshness)
    channels = ChannelService(db, clock, paths.root)
    pushes = PushService(db, clock, channels, briefings)
    return Core(
        paths=paths,
        clock=clock,
        db=db,
        migration=report,
        settings=settings,
        rules=rules,
        cases=CaseService(db, clock, rules),
        queue=QueueService(db),
        reminders=reminders,
        imports=ImportService(db, clock, rules, settings),
        batch=BatchService(db, clock, rules),
        playbooks=PlaybookService(db, clock, rules, paths.playbooks),
        evidence=EvidenceService(db, clock, _evidence_store(paths)),
        freshness=freshness,
        alerts=alerts,
        briefings=briefings,
        channels=channels,
        pushes=pushes,
        engine=ReminderEngine(reminders, briefings, pushes, alerts),
    )


def _evidence_store(paths: DataPaths) -> EvidenceStore:
    store = EvidenceStore(paths.evidence)
    store.clean_incoming()  # partial copies a crash left behind
    return store


def _load_rules() -> RuleSet:
    try:
        return load_default_rules()
    except DataFileError as exc:
        raise UserError("rules_broken", file=exc.file, where=exc.where, detail=exc.message) from exc
