from tests.figures.isolation import fresh_figures_cache  # noqa: F401 (an autouse fixture)
