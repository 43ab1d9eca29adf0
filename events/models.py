"""EcoProcura events: symposia, forums, workshops, webinars and their registrations."""
