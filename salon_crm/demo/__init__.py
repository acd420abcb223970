"""The demo shop: a believable salon with two years of history, the same for a seed.

``fill_demo_shop`` writes it in one transaction into an empty data file; the other
modules of this package each generate one part (people, visits, money, tickets...).
"""

from salon_crm.demo.fill import DemoSummary, fill_demo_shop, shop_is_empty

__all__ = ["DemoSummary", "fill_demo_shop", "shop_is_empty"]
