-- One database and one application role per service. Roles own nothing and cannot bypass row-level security;
-- migrations run as the owner (postgres here). Passwords come from the compose environment in real use.
CREATE ROLE registration_app LOGIN PASSWORD 'registration_app' NOSUPERUSER NOBYPASSRLS;
CREATE ROLE assessments_app LOGIN PASSWORD 'assessments_app' NOSUPERUSER NOBYPASSRLS;
CREATE ROLE performance_app LOGIN PASSWORD 'performance_app' NOSUPERUSER NOBYPASSRLS;
CREATE ROLE escalation_app LOGIN PASSWORD 'escalation_app' NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE carers_registration;
CREATE DATABASE carers_assessments;
CREATE DATABASE carers_performance;
CREATE DATABASE carers_escalation;
