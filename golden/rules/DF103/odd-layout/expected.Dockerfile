from registry.access.redhat.com/ubi9/ubi-minimal
run microdnf install -y tar gzip && microdnf clean all
run	dnf --setopt=install_weak_deps=False install -y	python3 && dnf clean all
