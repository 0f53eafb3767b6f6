"""Partners of forum editions, in the reader's language: the edition page and the API's
`partnerLinks` come from here."""

from core.locales import localize_snippets
from forum.models import ForumEditionPage, Partner


def edition_partners(*, editions, locale):
    """{edition id: [its partners, in `locale` where translated]} in the partners' order
    (`sort_order`, then name). Two queries for any number of editions."""
    through = ForumEditionPage.partners.through.objects.filter(
        forumeditionpage_id__in=[e.pk for e in editions]
    ).values_list("forumeditionpage_id", "partner_id")
    links = list(through)
    partners = localize_snippets(model=Partner, ids={p for _, p in links}, locale=locale)
    result = {e.pk: [] for e in editions}
    for edition_id, partner_id in links:
        if partner_id in partners:
            result[edition_id].append(partners[partner_id])
    for items in result.values():
        items.sort(key=lambda p: (p.sort_order, p.name))
    return result
