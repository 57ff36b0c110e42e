from registry.access.redhat.com/ubi9/ubi-minimal
run microdnf install -y tar gzip
run	dnf --setopt=install_weak_deps=False install	python3
