"""The prize's moderation workflow and what its roles may do."""

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from core.roles import (
    MODERATORS,
    PRIZE_EDITORS,
    Area,
    Grant,
    register_area,
    register_grant,
    register_workflow,
)
from prize.models import PrizeIndexPage

PRIZE_WORKFLOW = "Prize moderation"
PRIZE_TASK = "Moderators approve prize pages"


def prize_indexes():
    """The prize index page of every language."""
    return list(PrizeIndexPage.objects.all())


def setup_prize_workflow(groups):
    """The "Prize moderation" workflow: one approval by Moderators, on every prize index."""
    workflow, _ = Workflow.objects.get_or_create(name=PRIZE_WORKFLOW)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task, _ = GroupApprovalTask.objects.get_or_create(name=PRIZE_TASK)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([groups[MODERATORS]])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in prize_indexes():
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def register_prize_roles():
    """Prize editors add and change; moderators also publish and approve."""
    register_grant(PRIZE_EDITORS, Grant(pages=prize_indexes, page_actions=["add", "change"]))
    register_grant(
        MODERATORS,
        Grant(pages=prize_indexes, page_actions=["add", "change", "publish", "lock", "unlock"]),
    )
    register_workflow(setup_prize_workflow)
    register_area(Area(name="prize", menu_items=("prize",), pages=prize_indexes))
