"""Synthetic prize content for load tests: editions, categories, nominations, entries.

Each nomination gets one winner and about 15 % laureates; every page has a Russian
translation. Pages are queued on a `bench.dataset.pages.TreeBuilder`."""

import datetime

from bench.dataset.pages import translated_copy
from prize.choices import ApplicantType, EntryStatus, EntryType, PrizeTrack, StageKind
from prize.models import (
    CategoryPage,
    EntryPage,
    NominationPage,
    PrizeEditionPage,
    PrizeIndexPage,
    PrizeStage,
)

CATEGORIES = [
    ("Volunteers and NGOs", "Добровольцы и НКО", 2_500_000),
    ("Business", "Бизнес", None),
    ("School projects 14-17", "Школьные проекты 14-17", 500_000),
]
NOMINATIONS = [
    ("Technologies for life", "Технологии для жизни"),
    ("Green country", "Зелёная страна"),
    ("Help nearby", "Помощь рядом"),
    ("Culture for all", "Культура для всех"),
]
REGIONS = [
    ("Perm Krai", "Пермский край"),
    ("Altai Krai", "Алтайский край"),
    ("Tatarstan", "Татарстан"),
    ("Moscow", "Москва"),
    ("Yakutia", "Якутия"),
]
PROJECTS = [
    ("Video lessons for children", "Видеоуроки для детей"),
    ("Clean river", "Чистая река"),
    ("Digital grandmothers", "Цифровые бабушки"),
    ("Food bank", "Банк еды"),
    ("Inclusive theatre", "Инклюзивный театр"),
]


def entry_status(rank, size):
    """Winner first, then about 15 % laureates, 10 % finalists, 15 % semi-finalists."""
    if rank == 0:
        return EntryStatus.WINNER
    for status, share in (
        (EntryStatus.LAUREATE, 0.15),
        (EntryStatus.FINALIST, 0.25),
        (EntryStatus.SEMIFINALIST, 0.40),
    ):
        if rank < max(2, round(size * share)):
            return status
    return EntryStatus.APPLICANT


def make_prize(*, builder, homes, editions, entries, images):
    """Queue the prize tree; returns `save_relations()` to call after `builder.save()`."""
    rng = builder.rng
    index = builder.add(homes["en"], PrizeIndexPage(title="Prize", slug="prize"))
    index_ru = builder.add(
        homes["ru"], translated_copy(index, title="Премия"), translation_of=index
    )
    created = []
    serial = 0
    for n in range(editions):
        year, track = 2025 - n // 2, PrizeTrack.values[n % 2]
        edition = builder.add(
            index,
            PrizeEditionPage(
                title=f"Prize {year} ({track})",
                slug=f"{year}-{track}",
                year=year,
                track=track,
                countries_count=40 + n,
                summary="<p>Projects that change lives.</p>",
                image=rng.choice(images) if images else None,
            ),
        )
        edition_ru = builder.add(
            index_ru,
            translated_copy(edition, title=f"Премия {year} ({track})", summary="<p>Проекты.</p>"),
            translation_of=edition,
        )
        created.append(edition)
        created.append(edition_ru)
        nominations = []
        for c, (cat_en, cat_ru, grant) in enumerate(CATEGORIES):
            category = builder.add(
                edition, CategoryPage(title=cat_en, slug=f"category-{c + 1}", grant_limit=grant)
            )
            category_ru = builder.add(
                edition_ru, translated_copy(category, title=cat_ru), translation_of=category
            )
            for m, (nom_en, nom_ru) in enumerate(NOMINATIONS):
                nomination = builder.add(
                    category, NominationPage(title=nom_en, slug=f"nomination-{m + 1}")
                )
                nomination_ru = builder.add(
                    category_ru,
                    translated_copy(nomination, title=nom_ru),
                    translation_of=nomination,
                )
                nominations.append((nomination, nomination_ru))
        for k, (nomination, nomination_ru) in enumerate(nominations):
            size = entries // len(nominations) + (1 if k < entries % len(nominations) else 0)
            for rank in range(size):
                serial += 1
                project, region = rng.choice(PROJECTS), rng.choice(REGIONS)
                status = entry_status(rank, size)
                laureate = status in (EntryStatus.WINNER, EntryStatus.LAUREATE)
                entry = builder.add(
                    nomination,
                    EntryPage(
                        title=f"{project[0]} {serial}",
                        slug=f"entry-{serial}",
                        organisation=f"Foundation {serial % 311 + 1}",
                        applicant_type=rng.choice(ApplicantType.values),
                        entry_type=rng.choice(EntryType.values),
                        region=region[0],
                        country="Russia",
                        summary=f"{project[0]} in {region[0]}.",
                        image=rng.choice(images) if images else None,
                        status=status,
                        place=rank + 1 if laureate else None,
                        grant_amount=100_000 * (rng.randrange(1, 25)) if laureate else None,
                    ),
                )
                builder.add(
                    nomination_ru,
                    translated_copy(
                        entry,
                        title=f"{project[1]} {serial}",
                        organisation=f"Фонд {serial % 311 + 1}",
                        region=region[1],
                        country="Россия",
                        summary=f"{project[1]}: {region[1]}.",
                    ),
                    translation_of=entry,
                )

    def save_relations():
        stages = []
        for edition in created:
            for order, kind in enumerate(StageKind.values):
                start = datetime.date(edition.year, 3 + 2 * order, 1)
                stages.append(
                    PrizeStage(
                        edition_id=edition.pk,
                        kind=kind,
                        start_date=start,
                        end_date=start + datetime.timedelta(days=30),
                        sort_order=order,
                    )
                )
        PrizeStage.objects.bulk_create(stages)

    return save_relations
