"""Modal dialogs. Each offers a classmethod `get_x(parent, ...) -> (value, accepted)`
so tests patch one call instead of driving a modal event loop."""
