-- Databases for the Temporal server beside the platform's own database.
CREATE DATABASE temporal OWNER jobcenter;
CREATE DATABASE temporal_visibility OWNER jobcenter;
