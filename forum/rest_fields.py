"""Fields for Wagtail's REST API v2, which only the benchmark mounts (bench/urls.py)."""

from rest_framework import serializers


class VisibleSpeakersField(serializers.Field):
    """A session's speakers the public may see: role, id, name, position, organisation."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, session):
        return [
            {
                "role": r.role,
                "speaker_id": r.speaker_id,
                "speaker_name": r.speaker.title,
                "speaker_position": r.speaker.position,
                "speaker_organisation": r.speaker.organisation,
            }
            for r in session.visible_speaker_roles()
        ]
