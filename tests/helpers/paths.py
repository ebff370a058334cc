"""Where things are: the template repository and its tools."""

from pathlib import Path

TEMPLATE_ROOT = Path(__file__).resolve().parents[2]
TOOLS_BIN = TEMPLATE_ROOT / ".tools" / "bin"
