from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrizeConfig(AppConfig):
    name = "prize"
    verbose_name = "Prize"

    def ready(self):
        from core.demo import register_demo_loader
        from core.page_context import register_page_context
        from core.registry import register_content_type, register_year_scope
        from core.validation import register_rows_rule, register_rule
        from prize import demo, models
        from prize.domain import search, site, validation, workflows

        register_page_context(models.PrizeIndexPage, site.prize_index_context)
        register_rule(models.PrizeEditionPage, validation.edition_errors)
        register_rows_rule(models.PrizeEditionPage, "stages", validation.stage_rows_errors)
        register_rule(models.EntryPage, validation.entry_errors)
        register_page_context(models.PrizeIndexPage, site.atlas_context, route="atlas")
        register_page_context(models.PrizeIndexPage, site.entry_list_context, route="entries")
        register_page_context(models.PrizeEditionPage, site.edition_context)
        register_page_context(models.NominationPage, site.nomination_context)
        register_content_type(
            name="entry", model=models.EntryPage, label=_("Prize entries"), order=30, feed="entries"
        )
        # Every other page type: routes listing, and the feed where an app shows it.
        for name, model, order, feed in (
            ("prize_index", models.PrizeIndexPage, 110, None),
            ("prize_edition", models.PrizeEditionPage, 111, "prize_editions"),
            ("category", models.CategoryPage, 112, "categories"),
            ("nomination", models.NominationPage, 113, "nominations"),
        ):
            register_content_type(
                name=name,
                model=model,
                label=model._meta.verbose_name,
                order=order,
                feed=feed,
                search=False,
            )
        register_year_scope(name="prize", pages=search.pages_of_year, years=search.years_among)
        import prize.graphql.types  # noqa: F401 - registers the GraphQL page types

        workflows.register_prize_roles()
        register_demo_loader(order=20, load=demo.load)
