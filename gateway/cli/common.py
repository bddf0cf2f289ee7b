"""Options shared by several sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from gateway.settings import GatewaySettings, load_settings


def add_config_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="gateway YAML config (model_list, policy, settings); default: the embedded default",
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="state folder: decision store, built models (env GATEWAY_DATA_DIR; default .gateway)",
    )


def settings_from_args(args: argparse.Namespace, **overrides: object) -> GatewaySettings:
    return load_settings(args.config, data_dir=args.data_dir, **overrides)
