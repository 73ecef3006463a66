module github.com/emporium/emporium/k8s/cluster/build/pause

go 1.26.0
