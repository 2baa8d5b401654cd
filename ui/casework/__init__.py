"""Protocol-guided case work in the GUI: protocol panel, step dialog, agreements,
steungroep, status, strafbare feiten and the te-doen dashboard (letters: ui/handover)."""
