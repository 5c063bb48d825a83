"""The interpreter language holds a code only (0006 moved the free text out of it).

A migration of its own: on PostgreSQL the ALTER TABLE then runs in another
transaction than 0006's row updates.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0006_interpreter_language_codes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="appointment",
            name="interpreter_language",
            field=models.CharField(
                blank=True,
                choices=[
                    ("ar", "Arabic"),
                    ("fa", "Farsi (Persian, Dari)"),
                    ("ps", "Pashto"),
                    ("ur", "Urdu"),
                    ("ku", "Kurdish"),
                    ("bn", "Bengali"),
                    ("pa", "Punjabi"),
                    ("so", "Somali"),
                    ("ti", "Tigrinya"),
                    ("fr", "French"),
                    ("en", "English"),
                    ("tr", "Turkish"),
                    ("sq", "Albanian"),
                    ("ru", "Russian"),
                    ("uk", "Ukrainian"),
                    ("rom", "Romani"),
                    ("other", "Another language"),
                ],
                max_length=8,
                verbose_name="interpreter for",
            ),
        ),
    ]
