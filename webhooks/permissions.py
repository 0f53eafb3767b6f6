from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy


class SuperuserOnlyPolicy(BasePermissionPolicy):
    """Only active superusers may use the model's admin, and only for `actions`: endpoints
    hold secrets and decide where content is sent."""

    def __init__(self, model, *, actions):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return bool(user.is_active and user.is_superuser and action in self.actions)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not self.actions & set(actions):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
