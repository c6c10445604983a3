"""System checks: production needs its own encryption key for the questions (questions.crypto).

`check --deploy` (CI runs it with the production settings) fails with questions.E001 when
QUESTIONS_ENCRYPTION_KEY is missing or not a Fernet key and no key may be derived.
"""

from django.core import checks

from questions import crypto


@checks.register(checks.Tags.security, deploy=True)
def encryption_key_configured(app_configs, **kwargs):
    problem = crypto.key_problem()
    if problem:
        return [
            checks.Error(
                problem,
                hint='Generate one with: python -c "from cryptography.fernet import Fernet; '
                'print(Fernet.generate_key().decode())" and keep it with the other secrets '
                "(docs/questions.md, Operators).",
                id="questions.E001",
            )
        ]
    return []
